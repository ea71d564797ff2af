package io.closedloop.cases;

import io.closedloop.shared.Wording;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** After the last allowed failed attempt the case closes as unreachable, with a note saying so. */
@Service
public class ClosingUnreachable {

  private final CaseAccess cases;
  private final CaseTimeline timeline;
  private final Clock clock;

  ClosingUnreachable(CaseAccess cases, CaseTimeline timeline, Clock clock) {
    this.cases = cases;
    this.timeline = timeline;
    this.clock = clock;
  }

  @Transactional
  public void close(CaseId caseId, int failedAttempts) {
    String note = "The customer could not be reached in " + failedAttempts + " attempts";
    cases.load(caseId).closeUnreachable(note, clock.instant());
    timeline.record(caseId, CaseTimeline.SYSTEM, TimelineEventType.CLOSED_UNREACHABLE, note,
        Wording.of("closedUnreachable").number(failedAttempts));
  }
}
