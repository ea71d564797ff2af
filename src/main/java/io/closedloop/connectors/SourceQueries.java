package io.closedloop.connectors;

import io.closedloop.shared.NotFoundException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** The sources and their stored webhook events, as the API and the settings pages list them. */
@Service
public class SourceQueries {

  private final SourceRecords sources;
  private final DeliveryRecords deliveries;

  SourceQueries(SourceRecords sources, DeliveryRecords deliveries) {
    this.sources = sources;
    this.deliveries = deliveries;
  }

  public List<SourceView> all() {
    return sources.all().stream().map(this::view).toList();
  }

  public SourceView one(UUID sourceId) {
    return view(source(sourceId));
  }

  /** The source's events, newest first, those of one status only when {@code status} is given; each with its payload. */
  public Page<DeliveryView> deliveries(UUID sourceId, DeliveryStatus status, Pageable page) {
    source(sourceId);
    return deliveries.list(sourceId, status, page).map(DeliveryView::withPayload);
  }

  private Source source(UUID sourceId) {
    return sources.find(sourceId).orElseThrow(() -> new NotFoundException("No source " + sourceId));
  }

  private SourceView view(Source source) {
    Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
    deliveries.counts(source.id()).forEach(count -> counts.put(count.status(), count.count()));
    return new SourceView(source.id(), source.name(), source.kind(), source.kind().takesWebhooks(), source.mapping().toJson(),
        source.mapping().over(KindDefaults.of(source.kind())).toJson(), counts, source.createdAt(), source.createdBy(),
        source.updatedAt(), source.updatedBy());
  }
}
