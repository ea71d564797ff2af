package io.closedloop.cases;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Intake opens a case for each detractor; the case's process starts in the same transaction. */
@Service
public class OpeningCase {

  private final CaseRepository cases;
  private final CaseTimeline timeline;
  private final CaseWorkflow workflow;
  private final AlarmRule alarmRule;

  OpeningCase(CaseRepository cases, CaseTimeline timeline, CaseWorkflow workflow, AlarmRule alarmRule) {
    this.cases = cases;
    this.timeline = timeline;
    this.workflow = workflow;
    this.alarmRule = alarmRule;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public CaseOpened open(OpenCase command) {
    boolean alarming = alarmRule.isAlarming(command.score(), command.comment());
    DetractorCase opened = cases.save(DetractorCase.open(command, alarming));
    timeline.record(opened.caseId(), CaseTimeline.SYSTEM, TimelineEventType.OPENED,
        "Detractor score " + command.score() + (command.touchpoint() == null ? "" : " at " + command.touchpoint()));
    workflow.start(opened.caseId(), command, alarming);
    return new CaseOpened(opened.caseId(), opened.getCreatedAt());
  }
}
