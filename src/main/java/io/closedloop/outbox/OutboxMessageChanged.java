package io.closedloop.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * A message was queued, sent, or an attempt to send it failed ({@code status} QUEUED with a
 * {@code reason} and {@code retryAt} when it will be tried again, FAILED when it will not).
 * Published in the transaction that recorded it, so a listener's writes commit with it.
 */
public record OutboxMessageChanged(UUID messageId, Channel channel, String topic, UUID caseId, UUID customerId,
    String recipient, MessageStatus status, String reason, Instant retryAt) {

  /** A mail to the customer (not an alert to staff, nor a webhook call). */
  public boolean isMailToCustomer() {
    return channel == Channel.MAIL && customerId != null;
  }
}
