package io.closedloop.intake;

import java.util.UUID;

/** Light follow-up tasks for passives' comments, run as the {@code passive-follow-up} process in {@code intake/process}. */
public interface FollowUpTasks {

  /** Starts the follow-up of a stored answer in the caller's transaction, for the answer's team or the default one. */
  void start(PassiveFollowUp followUp);

  /** What the task shows: the answer and how to reach its customer. */
  record PassiveFollowUp(UUID responseId, String team, int score, String touchpoint, String comment, String customerName,
      String customerEmail, String customerPhone) {}
}
