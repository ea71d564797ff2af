package io.closedloop.demo;

import io.closedloop.calendar.BusinessCalendar;
import io.closedloop.calendar.CallbackDeadline;
import io.closedloop.calendar.TeamCalendars;
import io.closedloop.cases.CaseId;
import io.closedloop.cases.CaseQueries;
import io.closedloop.cases.ClaimingCase;
import io.closedloop.cases.CloseTheLoopChannel;
import io.closedloop.cases.CloseTheLoopMail;
import io.closedloop.cases.DetractorCase;
import io.closedloop.cases.EscalatingCase;
import io.closedloop.cases.LogContactAttempt;
import io.closedloop.cases.LoggingContactAttempt;
import io.closedloop.cases.ResolveCase;
import io.closedloop.cases.ResolvingCase;
import io.closedloop.demo.CaseStory.Attempted;
import io.closedloop.demo.CaseStory.Claimed;
import io.closedloop.demo.CaseStory.Escalated;
import io.closedloop.demo.CaseStory.Resolved;
import io.closedloop.demo.CaseStory.Step;
import io.closedloop.demo.generator.SampleGenerator;
import io.closedloop.demo.generator.SampleResponse;
import io.closedloop.demo.generator.SampleSettings;
import io.closedloop.intake.ReceivingResponse;
import io.closedloop.intake.ResponseReceipt;
import io.closedloop.notifications.Notification;
import io.closedloop.notifications.Notifications;
import io.closedloop.shared.ReplayClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A deterministic quarter of work: 900 responses over 90 days drawn from the {@link SampleGenerator},
 * over several touchpoints, with English and Danish comments; every detractor opened a case when
 * the customer answered, and agents worked it as its {@link CaseStory} tells, through the same use
 * cases and process as a person would, each step at its own time (a {@link ReplayClock} replays
 * it). So the figures look like a real team's: first calls after a few business hours, most but not
 * all within the SLA, some escalations, some unreachable customers, recent cases still open.
 * Notifications older than two days have been read.
 */
@Component
class DemoSample {

  private static final int RESPONSES = 900;
  /** A seed whose last days bring a handful of detractors, so the inbox has fresh work. */
  private static final long SEED = 20260303L;
  private static final int RESPONSES_PER_TRANSACTION = 50;
  private static final Duration SPAN = Duration.ofDays(90);
  private static final Duration NOTIFICATIONS_READ_AFTER = Duration.ofDays(2);
  /** Resolutions this recent close the loop by email (kept in the outbox without a mail server), older ones by phone. */
  private static final Duration MAILED_RESOLUTIONS = Duration.ofDays(7);
  /** Who the demo sample's responses are recorded as posted by. */
  private static final String POSTED_BY = "demo-data";
  private static final List<String> READERS = List.of("alice", "bob", "mike", "helen");

  private final ReceivingResponse receiving;
  private final ClaimingCase claiming;
  private final LoggingContactAttempt logging;
  private final EscalatingCase escalating;
  private final ResolvingCase resolving;
  private final CaseQueries cases;
  private final TeamCalendars calendars;
  private final CallbackDeadline deadline;
  private final Notifications notifications;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final ReplayClock clock;
  private final CloseTheLoopMail mails;

  DemoSample(ReceivingResponse receiving, ClaimingCase claiming, LoggingContactAttempt logging, EscalatingCase escalating,
      ResolvingCase resolving, CaseQueries cases, TeamCalendars calendars, CallbackDeadline deadline, Notifications notifications, JdbcClient jdbc,
      PlatformTransactionManager transactions, ReplayClock clock, CloseTheLoopMail mails) {
    this.receiving = receiving;
    this.claiming = claiming;
    this.logging = logging;
    this.escalating = escalating;
    this.resolving = resolving;
    this.cases = cases;
    this.calendars = calendars;
    this.deadline = deadline;
    this.notifications = notifications;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
    this.mails = mails;
  }

  /** The quarter of answers up to {@code now}. */
  static SampleSettings settings(Instant now) {
    return new SampleSettings(RESPONSES, SEED, now, SPAN, "demo-");
  }

  boolean databaseIsEmpty() {
    return jdbc.sql("select not exists (select 1 from response)").query(Boolean.class).single();
  }

  void create() {
    Instant now = clock.instant();
    SampleGenerator generator = new SampleGenerator(settings(now));
    List<SampleResponse> responses = generator.responses().toList();
    for (int first = 0; first < responses.size(); first += RESPONSES_PER_TRANSACTION) {
      List<SampleResponse> chunk = responses.subList(first, Math.min(responses.size(), first + RESPONSES_PER_TRANSACTION));
      // A case's whole story commits at once: its process has moved past the steps told before its timers can fire.
      transaction.executeWithoutResult(status -> chunk.forEach(sample -> {
        ResponseReceipt receipt = clock.at(sample.answeredAt(), () -> receiving.receive(sample.toNewResponse(), true, POSTED_BY));
        // an answer that joined its customer's open case adds nothing to tell: the case's story goes with its first answer
        if (receipt.caseId() != null && cases.get(new CaseId(receipt.caseId())).detractorCase().getResponseId().equals(receipt.id())) {
          work(new CaseId(receipt.caseId()), sample, now);
        }
      }));
    }
    READERS.forEach(reader -> readOldNotifications(reader, now.minus(NOTIFICATIONS_READ_AFTER)));
  }

  private void work(CaseId caseId, SampleResponse sample, Instant now) {
    DetractorCase opened = cases.get(caseId).detractorCase();
    BusinessCalendar calendar = calendars.forTeam(opened.getTeam());
    Instant levelTwoAt = deadline.levelTwoEscalationAt(opened.getCallbackDue(), calendar);
    String owner = opened.getOwner();
    for (Step step : CaseStory.of(sample, opened.getCreatedAt(), opened.getCallbackDue(), levelTwoAt, calendar, now).steps()) {
      String by = owner;
      if (step instanceof Claimed claimed) {
        if (owner == null) {
          owner = claimed.agent();
          clock.at(step.at(), () -> claiming.claim(caseId, claimed.agent()));
        }
      } else if (step instanceof Attempted attempt) {
        clock.at(step.at(), () -> logging.log(new LogContactAttempt(caseId, attempt.channel(), attempt.reached(), attempt.note(), by)));
      } else if (step instanceof Escalated escalated) {
        clock.at(step.at(), () -> escalating.escalate(caseId, escalated.level()));
      } else if (step instanceof Resolved resolved) {
        CloseTheLoopChannel channel = resolved.message() != null && step.at().isAfter(now.minus(MAILED_RESOLUTIONS))
            && mails.recipientOf(caseId).canBeMailed() ? CloseTheLoopChannel.EMAIL : CloseTheLoopChannel.PHONE;
        clock.at(step.at(), () -> resolving.resolve(new ResolveCase(caseId, sample.rootCause(), resolved.outcome(), resolved.notes(),
            resolved.message(), channel, null, by)));
      }
    }
  }

  private void readOldNotifications(String reader, Instant before) {
    List<UUID> old = notifications.of(reader, true, PageRequest.of(0, 10_000)).stream()
        .filter(notification -> notification.getCreatedAt().isBefore(before)).map(Notification::getId).toList();
    old.forEach(id -> notifications.markRead(reader, id));
  }
}
