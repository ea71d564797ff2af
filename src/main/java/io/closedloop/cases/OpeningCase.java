package io.closedloop.cases;

import io.closedloop.shared.Wording;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake opens a case for each detractor; the case's process starts in the same transaction and
 * routes it, and {@link CaseOpened} is published. The answer says why the customer's account owner does not own the case, if named and not.
 */
@Service
public class OpeningCase {

  private final CaseRepository cases;
  private final CaseTimeline timeline;
  private final CaseWorkflow workflow;
  private final AlarmRule alarmRule;
  private final CaseOwners owners;
  private final ApplicationEventPublisher events;

  OpeningCase(CaseRepository cases, CaseTimeline timeline, CaseWorkflow workflow, AlarmRule alarmRule, CaseOwners owners,
      ApplicationEventPublisher events) {
    this.owners = owners;
    this.events = events;
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
        "Detractor score " + command.score() + (command.touchpoint() == null ? "" : " at " + command.touchpoint()),
        command.touchpoint() == null ? Wording.of("opened").number(command.score())
            : Wording.of("openedAt").number(command.score()).touchpoint(command.touchpoint()));
    workflow.start(opened.caseId(), command, alarming);
    CaseOpened event = new CaseOpened(opened.caseId(), opened.getCreatedAt(), whyAccountOwnerDoesNotOwn(command, opened),
        opened.getTeam(), opened.getPriority(), command.score(), opened.getTouchpoint());
    events.publishEvent(event);
    return event;
  }

  /** Routing (in the case's process) has decided the team by now, and gave the case to the account owner if they may own it. */
  private String whyAccountOwnerDoesNotOwn(OpenCase command, DetractorCase opened) {
    String accountOwner = command.accountOwner();
    if (accountOwner == null || accountOwner.isBlank() || accountOwner.equals(opened.getOwner())) {
      return null;
    }
    return owners.whyCannotOwn(accountOwner, opened.getTeam()).orElse("the case went to its team's queue");
  }
}
