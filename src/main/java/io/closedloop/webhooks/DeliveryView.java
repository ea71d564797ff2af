package io.closedloop.webhooks;

import io.closedloop.outbox.MessageStatus;
import io.closedloop.outbox.OutboxQueries.AttemptView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One call to an endpoint as its delivery log shows it: its {@code webhookId} (the same at every
 * attempt and replay), the event it told of, where it stands, and every attempt with the HTTP status
 * the endpoint answered.
 *
 * @param caseId the case the event was about, if any
 * @param attempts how many times it was tried
 * @param nextAttemptAt when it is tried next, while it is {@code QUEUED}
 * @param attemptLog each attempt, oldest first
 */
public record DeliveryView(UUID id, String webhookId, String eventType, UUID caseId, MessageStatus status, int attempts, String lastError,
    Instant createdAt, Instant sentAt, Instant nextAttemptAt, List<AttemptView> attemptLog) {

  /** Whether an admin may send it again: it was sent or failed, and was not erased. */
  public boolean replayable() {
    return status == MessageStatus.SENT || status == MessageStatus.FAILED;
  }
}
