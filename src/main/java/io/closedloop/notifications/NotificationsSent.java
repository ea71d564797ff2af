package io.closedloop.notifications;

import io.closedloop.shared.Wording;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Notifications of one kind about one case were sent to these recipients, one each, in the
 * transaction that is still open: listeners that must act with them (alert mail) do so there.
 */
public record NotificationsSent(UUID caseId, String type, String message, Wording wording, Instant at, List<Sent> sent) {

  public NotificationsSent {
    sent = List.copyOf(sent);
  }

  /** One recipient's notification. */
  public record Sent(String recipient, UUID notificationId) {}
}
