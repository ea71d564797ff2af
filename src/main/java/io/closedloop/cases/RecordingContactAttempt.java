package io.closedloop.cases;

import io.closedloop.shared.Wording;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The process records a contact attempt on the case and tells how many attempts have failed so far. */
@Service
public class RecordingContactAttempt {

  private final CaseAccess cases;
  private final ContactAttemptRepository attempts;
  private final CaseTimeline timeline;
  private final Clock clock;

  RecordingContactAttempt(CaseAccess cases, ContactAttemptRepository attempts, CaseTimeline timeline, Clock clock) {
    this.cases = cases;
    this.attempts = attempts;
    this.timeline = timeline;
    this.clock = clock;
  }

  @Transactional
  public AttemptRecorded record(LogContactAttempt command) {
    DetractorCase attempted = cases.load(command.caseId());
    Instant now = clock.instant();
    attempted.recordAttempt(command.reached(), now);
    attempts.save(new ContactAttempt(attempted.getId(), now, command.by(), command.channel(), command.reached(), command.note()));
    int failed = (int) attempts.countByCaseIdAndReachedFalse(attempted.getId());
    timeline.record(command.caseId(), command.by(), TimelineEventType.CONTACT_ATTEMPTED,
        command.channel() + (command.reached() ? ": customer reached" : ": not reached (failed attempt " + failed + ")")
            + (command.note() == null || command.note().isBlank() ? "" : " - " + command.note()),
        (command.reached() ? Wording.of("reached").channel(command.channel())
            : Wording.of("notReached").channel(command.channel()).number(failed)).quote(command.note()));
    return new AttemptRecorded(command.caseId(), command.reached(), failed, now);
  }

  /** A contact attempt was recorded; {@code failedAttempts} counts all failed attempts of the case. */
  public record AttemptRecorded(CaseId caseId, boolean reached, int failedAttempts, Instant at) {}
}
