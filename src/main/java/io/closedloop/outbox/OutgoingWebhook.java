package io.closedloop.outbox;

import java.util.Objects;
import java.util.UUID;

/**
 * A webhook call to queue: a JSON body for an endpoint's URL, signed at each attempt with the
 * endpoint's secret (found through {@link WebhookSecrets}) under the message's stable id.
 */
public record OutgoingWebhook(UUID endpointId, String url, String eventType, String json, UUID caseId) {

  public OutgoingWebhook {
    Objects.requireNonNull(endpointId, "endpointId");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(json, "json");
  }
}
