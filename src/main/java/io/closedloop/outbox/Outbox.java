package io.closedloop.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues mail and webhook calls in the caller's transaction: the message exists exactly when the
 * change that caused it commits, and is sent afterwards by {@link SendingOutbox}.
 */
@Service
public class Outbox {

  static final String TEXT = "text/plain; charset=UTF-8";
  static final String JSON = "application/json";

  private final OutboxRecords records;
  private final OutboxSettings settings;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Outbox(OutboxRecords records, OutboxSettings settings, ApplicationEventPublisher events, Clock clock) {
    this.records = records;
    this.settings = settings;
    this.events = events;
    this.clock = clock;
  }

  /** Queues a mail; answers its id, which is also its {@code Message-ID}. */
  @Transactional(propagation = Propagation.MANDATORY)
  public UUID queue(OutgoingMail mail) {
    Instant now = clock.instant();
    Instant notBefore = mail.notBefore() == null || mail.notBefore().isBefore(now) ? now : mail.notBefore();
    OutboxMessage message = new OutboxMessage(UUID.randomUUID(), Channel.MAIL, mail.topic(), mail.caseId(),
        mail.customerId(), mail.recipientUser(), mail.to(), null, mail.subject(), mail.body(), TEXT, mail.unsubscribeUrl(),
        MessageStatus.QUEUED, 0, notBefore, notBefore.plus(settings.giveUpAfter()), null, now, null);
    return queued(message);
  }

  /** Queues a webhook call; answers its id, the base of its {@code webhook-id}. */
  @Transactional(propagation = Propagation.MANDATORY)
  public UUID queue(OutgoingWebhook call) {
    Instant now = clock.instant();
    OutboxMessage message = new OutboxMessage(UUID.randomUUID(), Channel.WEBHOOK, call.eventType(), call.caseId(), null,
        null, call.url(), call.endpointId(), null, call.json(), JSON, null, MessageStatus.QUEUED, 0, now,
        now.plus(settings.giveUpAfter()), null, now, null);
    return queued(message);
  }

  private UUID queued(OutboxMessage message) {
    records.insert(message);
    events.publishEvent(new OutboxMessageChanged(message.id(), message.channel(), message.topic(), message.caseId(), message.customerId(),
        message.recipient(), MessageStatus.QUEUED, null, null));
    return message.id();
  }
}
