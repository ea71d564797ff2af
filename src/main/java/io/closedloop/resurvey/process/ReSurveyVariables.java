package io.closedloop.resurvey.process;

/** The key of the re-survey process and the names of the variables it holds. */
public final class ReSurveyVariables {

  public static final String PROCESS_KEY = "re-survey";
  public static final String ANSWERED_MESSAGE = "re-survey-answered";

  public static final String CASE_ID = "caseId";
  public static final String WAIT_BEFORE_ASKING = "waitBeforeAsking";
  public static final String SENT = "reSurveySent";
  public static final String LINK_EXPIRES_AT = "linkExpiresAt";
  public static final String ANSWER_CATEGORY = "answerCategory";

  private ReSurveyVariables() {}
}
