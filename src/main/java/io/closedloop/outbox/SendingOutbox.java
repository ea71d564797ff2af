package io.closedloop.outbox;

import io.closedloop.shared.DatabaseOutage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's worker. Every {@code closedloop.outbox.poll-every} it takes the due messages (each
 * held by one worker for a lease, so however many nodes run, one sends it), tries each once, and
 * records the result: sent, kept, or failed and retried later with a doubling delay until its day of
 * retries is over. A message whose sending was cut short (the node died) is taken again when its
 * lease ends: at least once, and under the same id.
 */
@Component
class SendingOutbox {

  private static final Logger log = LoggerFactory.getLogger(SendingOutbox.class);

  private final OutboxRecords records;
  private final OutboxSettings settings;
  private final Map<Channel, Transport> transports;
  private final TransactionTemplate transactions;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SendingOutbox(OutboxRecords records, OutboxSettings settings, List<Transport> transports,
      PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock) {
    this.records = records;
    this.settings = settings;
    this.transports = transports.stream().collect(Collectors.toMap(Transport::channel, Function.identity()));
    this.transactions = new TransactionTemplate(transactions);
    this.events = events;
    this.clock = clock;
  }

  @Scheduled(initialDelayString = "${closedloop.outbox.poll-every:PT2S}", fixedDelayString = "${closedloop.outbox.poll-every:PT2S}")
  void sendDue() {
    try {
      int sent;
      do {
        sent = sendBatch();
      } while (sent == settings.batchSize());
    } catch (DataAccessException e) {
      if (!DatabaseOutage.causes(e)) {
        throw e;
      }
      log.warn("The outbox waits for the database");
    }
  }

  /** Sends one batch of due messages; answers how many were taken. */
  int sendBatch() {
    Instant now = clock.instant();
    List<OutboxMessage> due = records.claimDue(now, now.plus(settings.lease()), settings.batchSize());
    for (OutboxMessage message : due) {
      Transport.Attempt attempt = transports.get(message.channel()).send(message);
      transactions.executeWithoutResult(status -> record(message, attempt));
    }
    return due.size();
  }

  private void record(OutboxMessage message, Transport.Attempt attempt) {
    Instant now = clock.instant();
    records.recordAttempt(message.id(), now, attempt.succeeded(), attempt.statusCode(), attempt.error());
    if (attempt.succeeded()) {
      records.markFinal(message.id(), attempt.status(), now, null);
      publish(message, attempt.status(), null, null);
      return;
    }
    Instant retryAt = now.plus(settings.retryDelay(message.attempts()));
    if (retryAt.isAfter(message.giveUpAt())) {
      records.markFinal(message.id(), MessageStatus.FAILED, now, attempt.error());
      publish(message, MessageStatus.FAILED, attempt.error(), null);
      log.warn("Gave up sending {} {} after {} attempts: {}", message.channel(), message.id(), message.attempts(), attempt.error());
    } else {
      records.markRetry(message.id(), retryAt, attempt.error());
      publish(message, MessageStatus.QUEUED, attempt.error(), retryAt);
      log.info("Sending {} {} failed (attempt {}), retried at {}: {}", message.channel(), message.id(), message.attempts(),
          retryAt, attempt.error());
    }
  }

  private void publish(OutboxMessage message, MessageStatus status, String reason, Instant retryAt) {
    events.publishEvent(new OutboxMessageChanged(message.id(), message.channel(), message.topic(), message.caseId(), message.customerId(),
        message.recipient(), status, reason, retryAt));
  }
}
