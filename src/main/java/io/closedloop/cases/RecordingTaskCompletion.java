package io.closedloop.cases;

import io.closedloop.shared.Wording;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A step of a case's process that ClosedLoop has no handling of its own for (say a designer's
 * "Offer a goodwill voucher") was completed: the case's timeline says which step and who did it.
 */
@Service
public class RecordingTaskCompletion {

  private final CaseAccess cases;
  private final CaseTimeline timeline;

  RecordingTaskCompletion(CaseAccess cases, CaseTimeline timeline) {
    this.cases = cases;
    this.timeline = timeline;
  }

  @Transactional
  public void record(CaseId caseId, String taskName, String by) {
    cases.load(caseId);
    timeline.record(caseId, by == null ? CaseTimeline.SYSTEM : by, TimelineEventType.TASK_COMPLETED, "Completed: " + taskName,
        Wording.of("taskCompleted").text(taskName));
  }
}
