package io.closedloop.cases;

import io.closedloop.calendar.TeamCalendars;
import io.closedloop.shared.Wording;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** After a failed attempt the next one is due at the start of the team's next business day. */
@Service
public class SchedulingNextAttempt {

  private final CaseAccess cases;
  private final CaseTimeline timeline;
  private final TeamCalendars calendars;
  private final Clock clock;

  SchedulingNextAttempt(CaseAccess cases, CaseTimeline timeline, TeamCalendars calendars, Clock clock) {
    this.cases = cases;
    this.timeline = timeline;
    this.calendars = calendars;
    this.clock = clock;
  }

  @Transactional
  public Instant schedule(CaseId caseId) {
    DetractorCase retried = cases.load(caseId);
    Instant due = calendars.forTeam(retried.getTeam()).startOfNextBusinessDay(clock.instant());
    retried.scheduleNextAttempt(due);
    timeline.record(caseId, CaseTimeline.SYSTEM, TimelineEventType.RETRY_SCHEDULED, "Next attempt due " + due,
        Wording.of("retryScheduled").time(due));
    return due;
  }
}
