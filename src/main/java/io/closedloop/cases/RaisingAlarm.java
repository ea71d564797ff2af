package io.closedloop.cases;

import io.closedloop.identity.Teams;
import io.closedloop.shared.Wording;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An alarming detractor is put in front of the team's managers at once. */
@Service
public class RaisingAlarm {

  private final CaseAccess cases;
  private final CaseTimeline timeline;
  private final Teams teams;
  private final CaseNotices notices;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  RaisingAlarm(CaseAccess cases, CaseTimeline timeline, Teams teams, CaseNotices notices, ApplicationEventPublisher events,
      Clock clock) {
    this.events = events;
    this.clock = clock;
    this.cases = cases;
    this.timeline = timeline;
    this.teams = teams;
    this.notices = notices;
  }

  @Transactional
  public void raise(CaseId caseId) {
    DetractorCase alarming = cases.load(caseId);
    timeline.record(caseId, CaseTimeline.SYSTEM, TimelineEventType.ALARM_RAISED, "Alarming detractor: the team's managers were alerted",
        Wording.of("alarmRaised"));
    notices.tell(teams.managersOf(alarming.getTeam()), alarming.getId(), CaseNotice.ALARM,
        "Alarming detractor in " + alarming.getTeam() + ": act before the customer is lost", Wording.of("alarm"));
    events.publishEvent(new AlarmRaised(caseId, alarming.getTeam(), alarming.getPriority(), alarming.getTouchpoint(), clock.instant()));
  }
}
