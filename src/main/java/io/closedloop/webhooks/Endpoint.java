package io.closedloop.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A registered webhook endpoint as stored, with its secret; removed ones are kept for their delivery log. */
record Endpoint(UUID id, String url, List<WebhookEvent> events, WebhookFormat format, String secret, Instant createdAt,
    String createdBy, Instant removedAt, String removedBy) {

  /** The settings page webhooks are managed on, as the settings audit names it. */
  static final String SETTINGS_PAGE = "webhooks";

  boolean isActive() {
    return removedAt == null;
  }

  String auditSubject() {
    return "Webhook " + id;
  }

  /** The endpoint as the settings audit shows it: never its secret. */
  String auditText() {
    return url + " (" + String.join(", ", events.stream().map(WebhookEvent::code).toList()) + "; " + format + ")";
  }

  WebhookView view() {
    return new WebhookView(id, url, events.stream().map(WebhookEvent::code).toList(), format, createdAt, createdBy, removedAt, removedBy);
  }
}
