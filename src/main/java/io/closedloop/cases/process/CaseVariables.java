package io.closedloop.cases.process;

import io.closedloop.workflow.TaskVariables;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/** The names of the variables a detractor-case process holds. */
public final class CaseVariables {

  public static final String CASE_ID = "caseId";
  public static final String SCORE = "score";
  public static final String TOUCHPOINT = "touchpoint";
  public static final String TEAM = "team";
  public static final String SEGMENT = "segment";
  public static final String ALARMING = "alarming";
  public static final String ACCOUNT_OWNER = "accountOwner";
  public static final String ROUTING = "routing";
  public static final String SERVICE_PREFERENCE = "servicePreference";
  public static final String SERVICE_HINT = "serviceHint";
  public static final String COMMENT = "comment";
  public static final String OWNER = "owner";
  public static final String TEAM_MANAGERS = "teamManagers";
  public static final String REMINDER_AT = "reminderAt";
  public static final String CALLBACK_DUE = "callbackDue";
  public static final String NEXT_ESCALATION_AT = "nextEscalationAt";
  public static final String ESCALATIONS_LEFT = "escalationsLeft";
  public static final String RESOLUTION_REMINDER_AT = "resolutionReminderAt";
  public static final String RESOLUTION_DUE = "resolutionDue";
  public static final String HEAD_OF_CX_GROUP = "headOfCustomerExperienceGroup";
  public static final String NEXT_ATTEMPT_DUE = "nextAttemptDue";
  public static final String MAX_FAILED_ATTEMPTS = "maxFailedAttempts";
  public static final String FAILED_ATTEMPTS = "failedAttempts";
  public static final String REACHED = "reached";
  public static final String CHANNEL = "channel";
  public static final String NOTE = "note";
  public static final String ACTOR = TaskVariables.ACTOR;
  public static final String ALARM_ACTION = "alarmAction";
  public static final String ROOT_CAUSE = "rootCause";
  public static final String OUTCOME = "outcome";
  public static final String NOTES = "notes";
  public static final String CLOSE_THE_LOOP_MESSAGE = "closeTheLoopMessage";
  public static final String CLOSE_THE_LOOP_CHANNEL = "closeTheLoopChannel";
  public static final String IDEA_TITLE = "ideaTitle";
  public static final String IDEA_DESCRIPTION = "ideaDescription";
  public static final String IDEA_HORIZON = "ideaHorizon";
  public static final String IDEA_ID = "joinIdeaId";

  /** The variables that hold what a customer or the people working the case wrote: erased with the customer's personal data. */
  public static final List<String> FREE_TEXT =
      List.of(COMMENT, NOTE, NOTES, CLOSE_THE_LOOP_MESSAGE, ALARM_ACTION, IDEA_TITLE, IDEA_DESCRIPTION);

  /**
   * ClosedLoop's own variables of a case's process (ids, codes, flags, the root-cause choices), which keep
   * their values when a customer's personal data is erased; any other text a designer's form wrote is erased.
   */
  public static final List<String> KEPT = kept();

  private CaseVariables() {}

  private static List<String> kept() {
    List<String> own = new ArrayList<>(List.of(CaseTasks.ROOT_CAUSE_OPTIONS));
    for (Field field : CaseVariables.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        try {
          own.add((String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    own.removeAll(FREE_TEXT);
    return List.copyOf(own);
  }
}
