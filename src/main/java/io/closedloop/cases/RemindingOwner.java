package io.closedloop.cases;

import io.closedloop.identity.Teams;
import io.closedloop.shared.Wording;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * At 75% of a phase's time the owner (or, for an unowned case, its team) is reminded that the
 * call-back, or the resolution, is due soon.
 */
@Service
public class RemindingOwner {

  private final CaseAccess cases;
  private final CaseTimeline timeline;
  private final Teams teams;
  private final CaseNotices notices;
  private final Clock clock;

  RemindingOwner(CaseAccess cases, CaseTimeline timeline, Teams teams, CaseNotices notices, Clock clock) {
    this.cases = cases;
    this.timeline = timeline;
    this.teams = teams;
    this.notices = notices;
    this.clock = clock;
  }

  @Transactional
  public boolean remind(CaseId caseId) {
    return remind(caseId, CasePhase.CALL_BACK);
  }

  /** Reminds of the phase's deadline; false when it was done before or no longer applies. */
  @Transactional
  public boolean remind(CaseId caseId, CasePhase phase) {
    DetractorCase reminded = cases.load(caseId);
    if (!reminded.remind(phase, clock.instant())) {
      return false;
    }
    Instant due = reminded.deadlineOf(phase);
    boolean callBack = phase == CasePhase.CALL_BACK;
    List<String> recipients = reminded.getOwner() != null ? List.of(reminded.getOwner()) : teams.membersOf(reminded.getTeam());
    timeline.record(caseId, CaseTimeline.SYSTEM, TimelineEventType.REMINDER_SENT,
        "Reminder: " + (callBack ? "call back" : "resolve") + " by " + due + " (sent to " + String.join(", ", recipients) + ")",
        Wording.of(callBack ? "reminderSent" : "resolutionReminderSent").time(due).text(String.join(", ", recipients)));
    notices.tell(recipients, reminded.getId(), CaseNotice.REMINDER, (callBack ? "Call back the customer by " : "Resolve the case by ") + due,
        Wording.of(callBack ? "reminder" : "resolution-reminder").time(due));
    return true;
  }
}
