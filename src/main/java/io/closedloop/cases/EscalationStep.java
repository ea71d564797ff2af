package io.closedloop.cases;

import java.util.Objects;

/**
 * One row of the escalation ladder: at {@code level}, {@code businessHoursAfterDeadline} of the
 * team's business time after the phase's deadline, tell {@code recipients} (a group or a user
 * named by {@code recipient}) and do {@code action} (to the user {@code actionTarget} when it
 * reassigns to a user). Rows of the same level act together.
 */
public record EscalationStep(int level, int businessHoursAfterDeadline, Recipients recipients, String recipient,
    EscalationAction action, String actionTarget) {

  /** Whom a level tells. */
  public enum Recipients { TEAM_MANAGERS, GROUP, USER, TEAM }

  public EscalationStep {
    Objects.requireNonNull(recipients, "recipients");
    Objects.requireNonNull(action, "action");
    if (level < 1) {
      throw new IllegalArgumentException("An escalation level is 1 or more, not " + level);
    }
    if (businessHoursAfterDeadline < 0) {
      throw new IllegalArgumentException("An escalation comes after the deadline, not " + businessHoursAfterDeadline + " hours before");
    }
    if ((recipients == Recipients.GROUP || recipients == Recipients.USER) && isBlank(recipient)) {
      throw new IllegalArgumentException("Level " + level + " tells a " + recipients + " but names none");
    }
    if (action == EscalationAction.REASSIGN_TO_USER && isBlank(actionTarget)) {
      throw new IllegalArgumentException("Level " + level + " reassigns to a user but names none");
    }
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
