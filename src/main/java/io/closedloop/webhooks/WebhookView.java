package io.closedloop.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A webhook endpoint as the API and the settings page show it: never with its secret. */
public record WebhookView(UUID id, String url, List<String> events, WebhookFormat format, Instant createdAt, String createdBy,
    Instant removedAt, String removedBy) {

  public boolean removed() {
    return removedAt != null;
  }
}
