package io.closedloop.ideas;

import java.util.List;
import java.util.UUID;

/**
 * What the ideas module needs from the improvement-cycle process: start it, end an earlier
 * cycle's follow-up, and complete its user tasks the way a form in Tasklist does (completing a
 * task applies the same use case, whoever completes it).
 */
public interface CycleWorkflow {

  void start(UUID cycleId);

  void nextCycleOpened(UUID earlierCycleId);

  void closeMeeting(UUID cycleId, String by);

  void confirmSelection(ConfirmSelection selection);

  void submitEvaluation(EvaluateIdea evaluation);

  /** Completes the open task that carries out the idea; false when there is none. */
  boolean carryOutTaskDone(UUID ideaId, String note, String by);

  /** Completes the open task of the working group that prepares the idea's plan; false when there is none. */
  boolean planTaskDone(UUID ideaId, String plan, String by);

  List<OpenTask> openTasks(UUID cycleId);

  /** A user task of a cycle waiting to be done. */
  record OpenTask(String id, String step, String name, UUID ideaId, String assignee, List<String> candidates, java.time.Instant due) {}
}
