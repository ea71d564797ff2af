package io.closedloop.outbox;

import java.time.Instant;
import java.util.UUID;

/** One message of the outbox as stored: what, to whom, and how far its sending got. */
public record OutboxMessage(UUID id, Channel channel, String topic, UUID caseId, UUID customerId, String recipientUser,
    String recipient, UUID endpointId, String subject, String body, String contentType, String unsubscribeUrl,
    MessageStatus status, int attempts, Instant notBefore, Instant giveUpAt, String lastError, Instant createdAt,
    Instant sentAt) {

  /** The id as mail knows it: {@code <id@domain>}, the same at every attempt. */
  public String mailMessageId(String domain) {
    return "<" + id + "@" + domain + ">";
  }

  /** The id as Standard Webhooks knows it: {@code msg_<id>}, the same at every attempt. */
  public String webhookId() {
    return "msg_" + id;
  }
}
