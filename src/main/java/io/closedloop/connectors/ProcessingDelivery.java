package io.closedloop.connectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.closedloop.intake.BatchResult.RowResult;
import io.closedloop.intake.BatchResult.RowStatus;
import io.closedloop.intake.ReceivingBatch;
import io.closedloop.intake.SubmissionValidator;
import io.closedloop.shared.FieldError;
import io.closedloop.shared.InvalidInputException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Turns one stored event into a response with the source's current mapping, through intake like any
 * other response (stored once by its external id; a detractor opens a case), and records what came
 * of it: processed, ignored (not a response), or failed with the reasons, waiting to be replayed.
 * An unreachable database is thrown on, and the event stays received, to be retried.
 */
@Service
class ProcessingDelivery {

  private final ReceivingBatch intake;
  private final SubmissionValidator validator;
  private final DeliveryRecords deliveries;
  private final ObjectMapper json;
  private final Clock clock;

  ProcessingDelivery(ReceivingBatch intake, SubmissionValidator validator, DeliveryRecords deliveries, ObjectMapper json, Clock clock) {
    this.intake = intake;
    this.validator = validator;
    this.deliveries = deliveries;
    this.json = json;
    this.clock = clock;
  }

  /** Processes the event and answers it as it now stands. */
  Delivery process(Source source, Delivery delivery) {
    Optional<JsonNode> event = parse(delivery.payload());
    if (event.isEmpty()) {
      deliveries.failed(delivery.id(), DeliveryStatus.FAILED, List.of(new FieldError("body", "is not valid JSON")), null, clock.instant());
      return reread(delivery);
    }
    Optional<String> ignored = KindDefaults.whyIgnored(source.kind(), event.get());
    if (ignored.isPresent()) {
      deliveries.failed(delivery.id(), DeliveryStatus.IGNORED, List.of(new FieldError("event", ignored.get())), null, clock.instant());
      return reread(delivery);
    }
    MappedEvent mapped = new EventMapping(source.kind(), source.mapping().over(KindDefaults.of(source.kind()))).map(event.get());
    if (!mapped.errors().isEmpty()) {
      deliveries.failed(delivery.id(), DeliveryStatus.FAILED, withValidation(mapped), mapped.customerExternalId(), clock.instant());
      return reread(delivery);
    }
    RowResult result = intake.receive(delivery.eventIndex() + 1, mapped.submission(), true, source.postedBy());
    if (result.status() == RowStatus.REJECTED) {
      deliveries.failed(delivery.id(), DeliveryStatus.FAILED, result.errors(), mapped.customerExternalId(), clock.instant());
    } else {
      deliveries.processed(delivery.id(), result.id(), result.caseId(), result.warnings(), mapped.customerExternalId(), clock.instant());
    }
    return reread(delivery);
  }

  /** The mapping's own errors and, after them, what intake would say about the rest. */
  List<FieldError> withValidation(MappedEvent mapped) {
    List<FieldError> errors = new ArrayList<>(mapped.errors());
    try {
      validator.validate(mapped.submission());
    } catch (InvalidInputException invalid) {
      invalid.errors().stream().filter(error -> errors.stream().noneMatch(known -> known.field().equals(error.field())))
          .forEach(errors::add);
    }
    return errors;
  }

  Optional<JsonNode> parse(String payload) {
    if (payload == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(json.readTree(payload));
    } catch (JsonProcessingException notJson) {
      return Optional.empty();
    }
  }

  private Delivery reread(Delivery delivery) {
    return deliveries.find(delivery.id()).orElseThrow();
  }
}
