package io.closedloop.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * A case as lists show it: enough to decide what to work on next. {@code overdue} is past the
 * deadline of the phase the case is in (the call-back's, or once reached the resolution's).
 */
public record CaseSummary(UUID id, UUID responseId, CaseStatus status, String owner, String team, Priority priority,
    boolean alarming, Instant callbackDue, boolean overdue, int escalationLevel, Instant createdAt, Instant nextAttemptDue,
    String touchpoint, int score, String customerName, String customerExternalId, CasePhase phase, Instant resolutionDue,
    int resolutionEscalationLevel) {

  /** The deadline of the phase the case is in: the call-back deadline, or once reached the resolution deadline. */
  public Instant phaseDue() {
    return phase == CasePhase.RESOLUTION ? resolutionDue : callbackDue;
  }

  /** The highest level the case reached in either phase's escalation ladder (0: never escalated). */
  public int highestEscalationLevel() {
    return Math.max(escalationLevel, resolutionEscalationLevel);
  }

  /** Past the call-back deadline without the customer reached. */
  public boolean callBackOverdue() {
    return overdue && phase == CasePhase.CALL_BACK;
  }

  /** Reached, and past the resolution deadline. */
  public boolean resolutionOverdue() {
    return overdue && phase == CasePhase.RESOLUTION;
  }
}
