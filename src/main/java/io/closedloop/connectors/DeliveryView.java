package io.closedloop.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.closedloop.shared.FieldError;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored webhook event as the API and the settings page show it: its status and reasons, the
 * response and case it made, and (with {@link #withPayload}) the event itself, null once erased.
 */
public record DeliveryView(UUID id, String messageId, int eventIndex, Instant receivedAt, DeliveryStatus status,
    List<FieldError> errors, List<FieldError> warnings, int attempts, Instant processedAt, UUID responseId, UUID caseId,
    boolean erased, JsonNode payload) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static DeliveryView of(Delivery delivery) {
    return new DeliveryView(delivery.id(), delivery.messageId(), delivery.eventIndex(), delivery.receivedAt(), delivery.status(),
        delivery.errors(), delivery.warnings(), delivery.attempts(), delivery.processedAt(), delivery.responseId(), delivery.caseId(),
        delivery.erasedAt() != null, null);
  }

  static DeliveryView withPayload(Delivery delivery) {
    return of(delivery).payload(delivery.payload());
  }

  private DeliveryView payload(String text) {
    JsonNode node;
    if (text == null) {
      node = null;
    } else {
      try {
        node = JSON.readTree(text);
      } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
        node = TextNode.valueOf(text);
      }
    }
    return new DeliveryView(id, messageId, eventIndex, receivedAt, status, errors, warnings, attempts, processedAt, responseId, caseId,
        erased, node);
  }
}
