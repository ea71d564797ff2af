package io.closedloop.connectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.closedloop.intake.BoundedBody;
import io.closedloop.intake.IntakeLimitExceeded;
import io.closedloop.intake.IntakeLimits;
import io.closedloop.shared.DatabaseOutage;
import io.closedloop.shared.InvalidInputException;
import io.closedloop.shared.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * A survey tool delivers a webhook to a source: its signature is checked over the raw body (401,
 * nothing stored, when it does not prove the sender), every event of it (a JSON array is several)
 * is stored before anything else happens, then each is processed. A message the source had already
 * (the same {@code webhook-id}, Typeform's {@code event_id}, or the same body) is answered as it
 * was, and nothing is stored twice.
 */
@Service
public class ReceivingDelivery {

  private static final Logger log = LoggerFactory.getLogger(ReceivingDelivery.class);
  static final int MAX_MESSAGE_ID = 200;

  private final SourceRecords sources;
  private final DeliveryRecords deliveries;
  private final ProcessingDelivery processing;
  private final IntakeLimits limits;
  private final ObjectMapper json;
  private final Clock clock;

  ReceivingDelivery(SourceRecords sources, DeliveryRecords deliveries, ProcessingDelivery processing, IntakeLimits limits,
      ObjectMapper json, Clock clock) {
    this.sources = sources;
    this.deliveries = deliveries;
    this.processing = processing;
    this.limits = limits;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Receives the body of a webhook request to the source {@code sourceId}.
   *
   * @param declaredLength the Content-Length of the request, or -1 when it has none
   */
  public DeliveryReceipt receive(UUID sourceId, InputStream request, long declaredLength, Map<String, List<String>> headers)
      throws IOException {
    Source source = sources.find(sourceId).filter(found -> found.kind().takesWebhooks())
        .orElseThrow(() -> new NotFoundException("No webhook source " + sourceId));
    byte[] body;
    try (InputStream bounded = BoundedBody.of(request, declaredLength, limits.batchBody(), "a webhook")) {
      body = bounded.readAllBytes();
    }
    Optional<String> senderId = SignatureCheck.of(source).verify(body, headers);
    Optional<JsonNode> parsed = processing.parse(new String(body, StandardCharsets.UTF_8));
    List<String> events = events(body, parsed);
    String messageId = senderId.or(() -> parsed.map(ReceivingDelivery::typeformEventId).flatMap(id -> id)).orElseGet(() -> hash(body));
    if (messageId.isBlank() || messageId.length() > MAX_MESSAGE_ID) {
      throw new InvalidInputException("webhook-id", "must be 1 to " + MAX_MESSAGE_ID + " characters");
    }
    if (!deliveries.storeNew(sourceId, messageId, events, clock.instant())) {
      return new DeliveryReceipt(true, deliveries.ofMessage(sourceId, messageId).stream().map(DeliveryView::of).toList());
    }
    List<DeliveryView> processed = new ArrayList<>();
    for (Delivery delivery : deliveries.ofMessage(sourceId, messageId)) {
      processed.add(DeliveryView.of(processSafely(source, delivery)));
    }
    return new DeliveryReceipt(false, processed);
  }

  /** Processes an event; if the database went away meanwhile, leaves it received for the retry and says so. */
  private Delivery processSafely(Source source, Delivery delivery) {
    try {
      return processing.process(source, delivery);
    } catch (DataAccessException e) {
      if (!DatabaseOutage.causes(e)) {
        throw e;
      }
      log.warn("Delivery {} of source {} is stored and will be processed when the database is back", delivery.id(), source.id());
      return delivery;
    }
  }

  private List<String> events(byte[] body, Optional<JsonNode> parsed) throws JsonProcessingException {
    if (parsed.isEmpty() || !parsed.get().isArray()) {
      return List.of(new String(body, StandardCharsets.UTF_8));
    }
    if (parsed.get().size() > limits.batchItems()) {
      throw IntakeLimitExceeded.tooLarge("body", "holds more than the limit of " + limits.batchItems() + " events");
    }
    if (parsed.get().isEmpty()) {
      throw new InvalidInputException("body", "is an empty list: no events");
    }
    List<String> events = new ArrayList<>();
    for (JsonNode event : parsed.get()) {
      events.add(json.writeValueAsString(event));
    }
    return events;
  }

  /** Typeform names each event; Standard Webhooks senders name each message in a header. */
  private static Optional<String> typeformEventId(JsonNode event) {
    JsonNode id = event.path("event_id");
    return id.isTextual() ? Optional.of(id.asText()) : Optional.empty();
  }

  private static String hash(byte[] body) {
    try {
      return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  /** What became of a delivery: each of its events, and whether the source had it before ({@code repeated}). */
  public record DeliveryReceipt(boolean repeated, List<DeliveryView> deliveries) {}
}
