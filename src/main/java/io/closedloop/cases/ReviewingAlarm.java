package io.closedloop.cases;

import io.closedloop.shared.Wording;
import io.closedloop.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager or the head of customer experience records what was done about an alarming case; the owner keeps the case. */
@Service
public class ReviewingAlarm {

  private final CaseAccess cases;
  private final CaseTimeline timeline;
  private final CaseWorkflow workflow;

  ReviewingAlarm(CaseAccess cases, CaseTimeline timeline, CaseWorkflow workflow) {
    this.cases = cases;
    this.timeline = timeline;
    this.workflow = workflow;
  }

  public boolean awaitsReview(CaseId caseId) {
    return cases.load(caseId).isAlarming() && workflow.awaitsAlarmReview(caseId);
  }

  @Transactional
  public void review(CaseId caseId, String action, String by) {
    recordReview(caseId, action, by);
    workflow.alarmReviewed(caseId, action.strip(), by);
  }

  /**
   * Checks and records a review whose task the process is completing now: the review of our
   * pages, or one done in Tasklist, which lands on the timeline the same way.
   */
  @Transactional
  public void recordReview(CaseId caseId, String action, String by) {
    if (action == null || action.isBlank()) {
      throw new InvalidInputException("alarmAction", "is required");
    }
    if (action.length() > 2000) {
      throw new InvalidInputException("alarmAction", "must be at most 2000 characters");
    }
    DetractorCase reviewed = cases.load(caseId);
    if (!reviewed.isAlarming()) {
      throw new CaseActionNotAllowed("The case is not alarming");
    }
    if (!workflow.awaitsAlarmReview(caseId)) {
      throw new CaseActionNotAllowed("The alarm has been reviewed already");
    }
    timeline.record(caseId, by, TimelineEventType.ALARM_REVIEWED, "Alarm reviewed: " + action.strip(),
        Wording.of("alarmReviewed").quote(action));
  }
}
