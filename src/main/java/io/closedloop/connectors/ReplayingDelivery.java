package io.closedloop.connectors;

import io.closedloop.shared.ConflictException;
import io.closedloop.shared.NotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * An admin replays a stored event with the source's current mapping, typically a dead letter after
 * the mapping was fixed. An event already processed is answered as it is: replaying twice stores
 * its response once (intake also keeps each external id once).
 */
@Service
public class ReplayingDelivery {

  private final SourceRecords sources;
  private final DeliveryRecords deliveries;
  private final ProcessingDelivery processing;

  ReplayingDelivery(SourceRecords sources, DeliveryRecords deliveries, ProcessingDelivery processing) {
    this.sources = sources;
    this.deliveries = deliveries;
    this.processing = processing;
  }

  public DeliveryView replay(UUID sourceId, UUID deliveryId) {
    Source source = sources.find(sourceId).orElseThrow(() -> new NotFoundException("No source " + sourceId));
    Delivery delivery = deliveries.find(sourceId, deliveryId)
        .orElseThrow(() -> new NotFoundException("No delivery " + deliveryId + " of source " + sourceId));
    if (delivery.status() == DeliveryStatus.PROCESSED) {
      return DeliveryView.of(delivery);
    }
    if (delivery.payload() == null) {
      throw new ConflictException("The delivery's personal data was erased; it cannot be replayed");
    }
    return DeliveryView.of(processing.process(source, delivery));
  }
}
