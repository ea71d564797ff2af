package io.closedloop.cases;

import io.closedloop.shared.Wording;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/** Appends to and reads a case's timeline. Every state change of a case records one entry here. */
@Component
public class CaseTimeline {

  /** The actor of what the system does by itself. */
  public static final String SYSTEM = "system";

  private final TimelineRepository entries;
  private final Clock clock;

  CaseTimeline(TimelineRepository entries, Clock clock) {
    this.entries = entries;
    this.clock = clock;
  }

  /** Records an entry with only its English detail, which pages then show as it is. */
  public void record(CaseId caseId, String actor, TimelineEventType type, String detail) {
    record(caseId, actor, type, detail, null);
  }

  /** Records an entry with its English detail (the API's) and how pages word it in their reader's language. */
  public void record(CaseId caseId, String actor, TimelineEventType type, String detail, Wording wording) {
    entries.save(new TimelineEntry(caseId.value(), clock.instant(), actor, type.name(), detail, wording));
  }

  public List<TimelineEntry> of(CaseId caseId) {
    return entries.findByCaseIdOrderByAtAscIdAsc(caseId.value());
  }
}
