package io.closedloop.outbox;

/**
 * Where an outgoing message stands: {@code QUEUED} until sent (retries included), {@code SENT},
 * {@code FAILED} once its retries ran out, or {@code KEPT} when no SMTP server is configured, so
 * that the mail is only shown to admins and never sent by accident.
 */
public enum MessageStatus {
  QUEUED, SENT, FAILED, KEPT
}
