package io.closedloop.outbox;

import io.closedloop.shared.ConflictException;
import io.closedloop.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin sends a sent or failed message again (a webhook's replay, a mail that bounced off a
 * server that was down for a day): queued at once under the same id, so a receiver that already has
 * it can drop it, with a fresh day of retries.
 */
@Service
public class ResendingMessage {

  private final OutboxRecords records;
  private final OutboxSettings settings;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ResendingMessage(OutboxRecords records, OutboxSettings settings, ApplicationEventPublisher events, Clock clock) {
    this.records = records;
    this.settings = settings;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public void resend(UUID messageId) {
    OutboxMessage message = records.find(messageId).orElseThrow(() -> new NotFoundException("No outgoing message " + messageId));
    Instant now = clock.instant();
    if (!records.requeue(messageId, now, now.plus(settings.giveUpAfter()))) {
      throw new ConflictException("The message is " + message.status() + (message.body() == null ? " and erased" : "")
          + "; only a sent or failed message can be sent again");
    }
    events.publishEvent(new OutboxMessageChanged(message.id(), message.channel(), message.topic(), message.caseId(), message.customerId(),
        message.recipient(), MessageStatus.QUEUED, null, null));
  }
}
