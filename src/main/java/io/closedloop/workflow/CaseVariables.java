package io.closedloop.workflow;

/** The names of the variables a detractor-case process holds. */
public final class CaseVariables {

  public static final String CASE_ID = "caseId";
  public static final String SCORE = "score";
  public static final String TOUCHPOINT = "touchpoint";
  public static final String TEAM = "team";
  public static final String SEGMENT = "segment";
  public static final String ACCOUNT_OWNER = "accountOwner";
  public static final String COMMENT = "comment";

  private CaseVariables() {}
}
