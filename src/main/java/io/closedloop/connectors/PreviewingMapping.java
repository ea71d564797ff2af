package io.closedloop.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.closedloop.shared.FieldError;
import io.closedloop.shared.InvalidInputException;
import io.closedloop.shared.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * An admin editing a source's mapping sees, for a stored event of that source, the response the
 * mapping would make or what is wrong: nothing is stored. Without a stored event there is nothing to show.
 */
@Service
public class PreviewingMapping {

  private final SourceRecords sources;
  private final DeliveryRecords deliveries;
  private final ProcessingDelivery processing;

  PreviewingMapping(SourceRecords sources, DeliveryRecords deliveries, ProcessingDelivery processing) {
    this.sources = sources;
    this.deliveries = deliveries;
    this.processing = processing;
  }

  /** Previews {@code mapping} (as it would be saved) on the event {@code deliveryId}, or the source's latest one when null. */
  public MappingPreview preview(UUID sourceId, JsonNode mapping, UUID deliveryId) {
    Source source = sources.find(sourceId).orElseThrow(() -> new NotFoundException("No source " + sourceId));
    Mapping parsed;
    try {
      parsed = Mapping.parse(mapping, source.kind());
    } catch (InvalidInputException invalid) {
      return new MappingPreview(null, Map.of(), invalid.errors(), null);
    }
    Optional<Delivery> sample = deliveryId == null ? deliveries.latestSample(sourceId) : deliveries.find(sourceId, deliveryId);
    Optional<JsonNode> event = sample.flatMap(delivery -> processing.parse(delivery.payload()));
    if (event.isEmpty()) {
      return new MappingPreview(sample.map(Delivery::id).orElse(null), Map.of(), List.of(), null);
    }
    UUID sampleId = sample.get().id();
    Optional<String> ignored = KindDefaults.whyIgnored(source.kind(), event.get());
    MappedEvent mapped = new EventMapping(source.kind(), parsed.over(KindDefaults.of(source.kind()))).map(event.get());
    return new MappingPreview(sampleId, mapped.values(), processing.withValidation(mapped), ignored.orElse(null));
  }

  /**
   * What a mapping makes of a stored event: the value of each mapped field, the errors (of the
   * mapping, then of intake's checks), and why the event would be ignored, if it would. A preview
   * without a sample has neither values nor errors.
   */
  public record MappingPreview(UUID sampleId, Map<String, String> values, List<FieldError> errors, String ignored) {

    public boolean hasSample() {
      return sampleId != null;
    }
  }
}
