package io.closedloop.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A source as admins see it, never with its secret: its kind, its mapping as saved and as it applies
 * (with the kind's defaults), and how many of its events stand in each status.
 */
public record SourceView(UUID id, String name, SourceKind kind, boolean takesWebhooks, JsonNode mapping, JsonNode effectiveMapping,
    Map<DeliveryStatus, Long> deliveries, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

  /** The path a tool posts its webhooks to; null for sources of export files. */
  public String hookPath() {
    return takesWebhooks ? "/api/hooks/" + id : null;
  }

  public long processed() {
    return deliveries.getOrDefault(DeliveryStatus.PROCESSED, 0L);
  }

  public long failed() {
    return deliveries.getOrDefault(DeliveryStatus.FAILED, 0L);
  }
}
