package io.closedloop.cases;

import io.closedloop.identity.Teams;
import io.closedloop.shared.Wording;
import io.closedloop.notifications.Notifications;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** At 75% of the SLA the owner (or, for an unowned case, its team) is reminded that the call-back is due soon. */
@Service
public class RemindingOwner {

  private final CaseAccess cases;
  private final CaseTimeline timeline;
  private final Teams teams;
  private final Notifications notifications;
  private final Clock clock;

  RemindingOwner(CaseAccess cases, CaseTimeline timeline, Teams teams, Notifications notifications, Clock clock) {
    this.cases = cases;
    this.timeline = timeline;
    this.teams = teams;
    this.notifications = notifications;
    this.clock = clock;
  }

  @Transactional
  public boolean remind(CaseId caseId) {
    DetractorCase reminded = cases.load(caseId);
    if (!reminded.remind(clock.instant())) {
      return false;
    }
    List<String> recipients = reminded.getOwner() != null ? List.of(reminded.getOwner()) : teams.membersOf(reminded.getTeam());
    timeline.record(caseId, CaseTimeline.SYSTEM, TimelineEventType.REMINDER_SENT,
        "Reminder: call back by " + reminded.getCallbackDue() + " (sent to " + String.join(", ", recipients) + ")",
        Wording.of("reminderSent").time(reminded.getCallbackDue()).text(String.join(", ", recipients)));
    notifications.send(recipients, reminded.getId(), "REMINDER", "Call back the customer by " + reminded.getCallbackDue(),
        Wording.of("reminder").time(reminded.getCallbackDue()));
    return true;
  }
}
