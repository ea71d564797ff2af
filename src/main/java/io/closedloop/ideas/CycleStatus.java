package io.closedloop.ideas;

/**
 * Where an improvement cycle is: the meeting (agenda, evaluations, proposals, votes), the
 * selection, the follow-up of the chosen ideas until the next cycle, closed; or skipped because
 * another cycle was still running when the schedule started it.
 */
public enum CycleStatus {
  MEETING, SELECTING, FOLLOWING_UP, CLOSED, SKIPPED;

  /** At most one cycle runs at a time: from its start until the facilitator confirms the selection. */
  public boolean isRunning() {
    return this == MEETING || this == SELECTING;
  }
}
