package io.closedloop.intake.process;

import java.util.List;

/** The key of the passive-follow-up process, its user task, and the variables it holds. */
public final class FollowUpVariables {

  public static final String PROCESS_KEY = "passive-follow-up";
  public static final String TASK = "FollowUpPassive";

  public static final String RESPONSE_ID = "responseId";
  public static final String TEAM = "team";
  public static final String SCORE = "score";
  public static final String TOUCHPOINT = "touchpoint";
  public static final String COMMENT = "comment";
  public static final String CUSTOMER_NAME = "customerName";
  public static final String CUSTOMER_EMAIL = "customerEmail";
  public static final String CUSTOMER_PHONE = "customerPhone";
  public static final String NOTE = "note";
  public static final String CONTACTED = "contacted";

  /** What the customer wrote, how to reach them and what staff noted: erased with the customer's personal data. */
  public static final List<String> PERSONAL = List.of(COMMENT, CUSTOMER_NAME, CUSTOMER_EMAIL, CUSTOMER_PHONE, NOTE);

  private FollowUpVariables() {}
}
