package io.closedloop.cases;

import io.closedloop.shared.Wording;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** After the last allowed failed attempt the case closes as unreachable, with a note saying so. */
@Service
public class ClosingUnreachable {

  private final CaseAccess cases;
  private final CaseTimeline timeline;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ClosingUnreachable(CaseAccess cases, CaseTimeline timeline, ApplicationEventPublisher events, Clock clock) {
    this.events = events;
    this.cases = cases;
    this.timeline = timeline;
    this.clock = clock;
  }

  @Transactional
  public void close(CaseId caseId, int failedAttempts) {
    String note = "The customer could not be reached in " + failedAttempts + " attempts";
    Instant now = clock.instant();
    DetractorCase closed = cases.load(caseId);
    closed.closeUnreachable(note, now);
    timeline.record(caseId, CaseTimeline.SYSTEM, TimelineEventType.CLOSED_UNREACHABLE, note,
        Wording.of("closedUnreachable").number(failedAttempts));
    events.publishEvent(new CaseResolved(caseId, CaseStatus.UNREACHABLE, null, null, closed.getTeam(), closed.getPriority(), now));
  }
}
