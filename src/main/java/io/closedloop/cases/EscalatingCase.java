package io.closedloop.cases;

import io.closedloop.identity.Teams;
import io.closedloop.shared.Wording;
import io.closedloop.notifications.Notifications;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The escalation ladder: when the call-back deadline passes without the customer reached, level 1
 * goes to the team's managers; a further business time later, level 2 goes to the head of
 * customer experience. The owner keeps the case, and no level ever fires twice.
 */
@Service
public class EscalatingCase {

  private final CaseAccess cases;
  private final CaseTimeline timeline;
  private final Teams teams;
  private final Notifications notifications;
  private final CaseSettings settings;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  EscalatingCase(CaseAccess cases, CaseTimeline timeline, Teams teams, Notifications notifications, CaseSettings settings,
      ApplicationEventPublisher events, Clock clock) {
    this.events = events;
    this.clock = clock;
    this.cases = cases;
    this.timeline = timeline;
    this.teams = teams;
    this.notifications = notifications;
    this.settings = settings;
  }

  /**
   * Escalates to {@code level}, passing through any lower level not yet reached (when the job
   * executor catches up after a pause, level 2 may come first); false when nothing was left to do.
   */
  @Transactional
  public boolean escalate(CaseId caseId, int level) {
    DetractorCase escalated = cases.load(caseId);
    boolean any = false;
    for (int next = escalated.getEscalationLevel() + 1; next <= level; next++) {
      if (escalated.escalateTo(next)) {
        announce(escalated, next);
        events.publishEvent(new CaseEscalated(caseId, next, escalated.getTeam(), escalated.getPriority(), escalated.getCallbackDue(),
            clock.instant()));
        any = true;
      }
    }
    return any;
  }

  private void announce(DetractorCase escalated, int level) {
    CaseId caseId = escalated.caseId();
    List<String> recipients = new ArrayList<>(level == 1
        ? teams.managersOf(escalated.getTeam())
        : teams.membersOf(settings.headOfCustomerExperienceGroup()));
    String to = level == 1 ? "the managers of " + escalated.getTeam() : settings.headOfCustomerExperienceGroup();
    timeline.record(caseId, CaseTimeline.SYSTEM, TimelineEventType.ESCALATED,
        "Escalation level " + level + " to " + to + ": the call-back deadline " + escalated.getCallbackDue() + " passed",
        level == 1 ? Wording.of("escalatedToManagers").number(level).team(escalated.getTeam()).time(escalated.getCallbackDue())
            : Wording.of("escalatedToGroup").number(level).team(settings.headOfCustomerExperienceGroup()).time(escalated.getCallbackDue()));
    notifications.send(recipients, escalated.getId(), "ESCALATION",
        "Escalated (level " + level + "): a detractor was not called back by " + escalated.getCallbackDue(),
        Wording.of("escalated").number(level).time(escalated.getCallbackDue()));
    if (escalated.getOwner() != null) {
      notifications.send(List.of(escalated.getOwner()), escalated.getId(), "ESCALATION",
          "Your case passed its call-back deadline and was escalated to " + to,
          level == 1 ? Wording.of("escalated-owner-1").team(escalated.getTeam()) : Wording.of("escalated-owner-2"));
    }
  }
}
