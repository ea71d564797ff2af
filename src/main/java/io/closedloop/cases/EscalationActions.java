package io.closedloop.cases;

import io.closedloop.cases.EscalationStep.Recipients;
import io.closedloop.identity.Teams;
import io.closedloop.shared.Wording;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What one row of the escalation ladder does to a case: tells its recipients (and the owner), then
 * notifies only, gives the case back to the team's queue, gives it to a named user, or raises its
 * priority; each on the case's timeline.
 */
@Component
class EscalationActions {

  private final CaseTimeline timeline;
  private final Teams teams;
  private final CaseNotices notices;
  private final CaseWorkflow workflow;
  private final CaseOwners owners;
  private final CaseSettings settings;

  EscalationActions(CaseTimeline timeline, Teams teams, CaseNotices notices, CaseWorkflow workflow, CaseOwners owners,
      CaseSettings settings) {
    this.timeline = timeline;
    this.teams = teams;
    this.notices = notices;
    this.workflow = workflow;
    this.owners = owners;
    this.settings = settings;
  }

  void take(DetractorCase escalated, CasePhase phase, EscalationStep step) {
    announce(escalated, phase, step);
    switch (step.action()) {
      case NOTIFY -> { }
      case REASSIGN_TO_TEAM_QUEUE -> releaseToQueue(escalated, step);
      case REASSIGN_TO_USER -> reassign(escalated, step);
      case RAISE_PRIORITY -> raisePriority(escalated, step);
    }
  }

  private void announce(DetractorCase escalated, CasePhase phase, EscalationStep step) {
    Instant deadline = escalated.deadlineOf(phase);
    String deadlineName = phase == CasePhase.CALL_BACK ? "call-back" : "resolution";
    String to = switch (step.recipients()) {
      case TEAM_MANAGERS -> "the managers of " + escalated.getTeam();
      case GROUP -> step.recipient();
      case USER -> step.recipient();
      case TEAM -> "the team " + escalated.getTeam();
    };
    timeline.record(escalated.caseId(), CaseTimeline.SYSTEM, TimelineEventType.ESCALATED,
        "Escalation level " + step.level() + " to " + to + ": the " + deadlineName + " deadline " + deadline + " passed",
        whom(Wording.of(timelineKey(phase, step.recipients())).number(step.level()), escalated, step).time(deadline));
    notices.tell(recipientsOf(escalated, step), escalated.getId(), CaseNotice.ESCALATION,
        "Escalated (level " + step.level() + "): a detractor was not " + (phase == CasePhase.CALL_BACK ? "called back" : "resolved")
            + " by " + deadline,
        Wording.of(phase == CasePhase.CALL_BACK ? "escalated" : "escalated-resolution").number(step.level()).time(deadline));
    if (escalated.getOwner() != null) {
      notices.tell(List.of(escalated.getOwner()), escalated.getId(), CaseNotice.ESCALATION,
          "Your case passed its " + deadlineName + " deadline and was escalated to " + to, ownerWording(escalated, phase, step));
    }
  }

  private void releaseToQueue(DetractorCase escalated, EscalationStep step) {
    String previous = escalated.releaseToQueue();
    if (previous == null) {
      return;
    }
    timeline.record(escalated.caseId(), CaseTimeline.SYSTEM, TimelineEventType.REASSIGNED,
        "Escalation level " + step.level() + " took the case from " + previous + " back to the team queue",
        Wording.of("escalationReleased").number(step.level()).user(previous).team(escalated.getTeam()));
    notices.tell(List.of(previous), escalated.getId(), CaseNotice.ASSIGNED, "Your case went back to the team queue by escalation",
        Wording.of("escalation-released").number(step.level()));
    workflow.ownerChanged(escalated.caseId(), null);
  }

  private void reassign(DetractorCase escalated, EscalationStep step) {
    String target = step.actionTarget().strip();
    if (target.equals(escalated.getOwner())) {
      return;
    }
    var refused = owners.whyCannotOwn(target, escalated.getTeam());
    if (refused.isPresent()) {
      timeline.record(escalated.caseId(), CaseTimeline.SYSTEM, TimelineEventType.ESCALATED,
          "Escalation level " + step.level() + " could not give the case to " + target + ": " + refused.get(),
          Wording.of("escalationReassignRefused").number(step.level()).user(target).quote(refused.get()));
      return;
    }
    String previous = escalated.assign(target);
    timeline.record(escalated.caseId(), CaseTimeline.SYSTEM, TimelineEventType.REASSIGNED,
        "Escalation level " + step.level() + " gave the case " + (previous == null ? "" : "from " + previous + " ") + "to " + target,
        Wording.of("escalationReassigned").number(step.level()).user(target));
    notices.tell(List.of(target), escalated.getId(), CaseNotice.ASSIGNED, "A case was given to you by escalation",
        Wording.of("escalation-assigned").number(step.level()));
    workflow.ownerChanged(escalated.caseId(), target);
  }

  private void raisePriority(DetractorCase escalated, EscalationStep step) {
    Priority before = escalated.getPriority();
    if (escalated.raisePriority()) {
      timeline.record(escalated.caseId(), CaseTimeline.SYSTEM, TimelineEventType.PRIORITY_RAISED,
          "Escalation level " + step.level() + " raised the priority from " + before + " to " + escalated.getPriority(),
          Wording.of("priorityRaised").number(step.level()).priority(before).priority(escalated.getPriority()));
    }
  }

  private List<String> recipientsOf(DetractorCase escalated, EscalationStep step) {
    return switch (step.recipients()) {
      case TEAM_MANAGERS -> teams.managersOf(escalated.getTeam());
      case GROUP -> teams.membersOf(step.recipient());
      case USER -> List.of(step.recipient());
      case TEAM -> teams.membersOf(escalated.getTeam());
    };
  }

  private static Wording whom(Wording wording, DetractorCase escalated, EscalationStep step) {
    return switch (step.recipients()) {
      case TEAM_MANAGERS, TEAM -> wording.team(escalated.getTeam());
      case GROUP -> wording.team(step.recipient());
      case USER -> wording.user(step.recipient());
    };
  }

  /** Today's two call-back wordings keep their keys; every other combination has its own. */
  private static String timelineKey(CasePhase phase, Recipients recipients) {
    String whom = switch (recipients) {
      case TEAM_MANAGERS -> "Managers";
      case GROUP -> "Group";
      case USER -> "User";
      case TEAM -> "Team";
    };
    return (phase == CasePhase.CALL_BACK ? "escalatedTo" : "resolutionEscalatedTo") + whom;
  }

  private Wording ownerWording(DetractorCase escalated, CasePhase phase, EscalationStep step) {
    if (phase == CasePhase.CALL_BACK && step.recipients() == Recipients.TEAM_MANAGERS) {
      return Wording.of("escalated-owner-1").team(escalated.getTeam());
    }
    if (phase == CasePhase.CALL_BACK && step.recipients() == Recipients.GROUP
        && step.recipient().equals(settings.headOfCustomerExperienceGroup())) {
      return Wording.of("escalated-owner-2");
    }
    return Wording.of(phase == CasePhase.CALL_BACK ? "escalated-owner-call-back" : "escalated-owner-resolution").number(step.level());
  }
}
