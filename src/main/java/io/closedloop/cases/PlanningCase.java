package io.closedloop.cases;

import io.closedloop.calendar.BusinessCalendar;
import io.closedloop.calendar.CallbackDeadline;
import io.closedloop.calendar.CaseClock;
import io.closedloop.calendar.TeamCalendars;
import io.closedloop.identity.Teams;
import io.closedloop.shared.Wording;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the routing decision to a new case: its team and priority, the call-back deadline in
 * the team's business hours counted from the case's creation and the reminder at 75% of the SLA
 * (the escalation ladder counts from the deadline); the customer's account owner, when known, owns it at once if they may
 * own the team's cases ({@link CaseOwners}), else the case goes to the team's queue.
 */
@Service
public class PlanningCase {

  private final CaseAccess cases;
  private final CaseTimeline timeline;
  private final TeamCalendars calendars;
  private final Teams teams;
  private final CaseNotices notices;
  private final CallbackDeadline deadline;
  private final CaseOwners owners;

  PlanningCase(CaseAccess cases, CaseTimeline timeline, TeamCalendars calendars, Teams teams, CaseNotices notices,
      CallbackDeadline deadline, CaseOwners owners) {
    this.owners = owners;
    this.cases = cases;
    this.timeline = timeline;
    this.calendars = calendars;
    this.teams = teams;
    this.notices = notices;
    this.deadline = deadline;
  }

  @Transactional
  public CasePlan plan(PlanCase command) {
    DetractorCase planned = cases.load(command.caseId());
    BusinessCalendar calendar = calendars.forTeam(command.owningTeam());
    CaseClock clock = deadline.clockFor(planned.getCreatedAt(), command.slaBusinessHours(), calendar);
    Instant due = clock.callbackDue();
    String accountOwner = blankToNull(command.accountOwner());
    Optional<String> refused = accountOwner == null ? Optional.empty() : owners.whyCannotOwn(accountOwner, command.owningTeam());
    String owner = refused.isPresent() ? null : accountOwner;
    planned.route(command.owningTeam(), command.priority(), due, owner);
    timeline.record(planned.caseId(), CaseTimeline.SYSTEM, TimelineEventType.ROUTED, "Routed to " + command.owningTeam()
        + ", priority " + command.priority() + ", call back within " + command.slaBusinessHours() + " business hours (by " + due + ")",
        Wording.of("routed").team(command.owningTeam()).priority(command.priority()).number(command.slaBusinessHours()).time(due));
    refused.ifPresent(why -> timeline.record(planned.caseId(), CaseTimeline.SYSTEM, TimelineEventType.ROUTED,
        "The account owner named by the response does not own the case: " + why,
        Wording.of("accountOwnerRefused").quote(why)));
    if (owner != null) {
      timeline.record(planned.caseId(), CaseTimeline.SYSTEM, TimelineEventType.ASSIGNED, "Owned by the account owner " + owner,
          Wording.of("ownedByAccountOwner").user(owner));
      notices.tell(List.of(owner), planned.getId(), CaseNotice.ASSIGNED, "You own a new detractor case (your account)",
          Wording.of("assigned-account"));
    }
    return new CasePlan(command.owningTeam(), owner, teams.managersOf(command.owningTeam()), clock.reminderAt(), due);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
