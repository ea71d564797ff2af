package io.closedloop.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A registered webhook endpoint as stored, with its secret; removed ones are kept for their delivery log. */
record Endpoint(UUID id, String url, List<WebhookEvent> events, WebhookFormat format, String secret, Instant createdAt,
    String createdBy, Instant removedAt, String removedBy) {

  boolean isActive() {
    return removedAt == null;
  }

  WebhookView view() {
    return new WebhookView(id, url, events.stream().map(WebhookEvent::code).toList(), format, createdAt, createdBy, removedAt, removedBy);
  }
}
