package io.closedloop.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.closedloop.shared.NotFoundException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An admin changes a source's mapping; deliveries that failed under the old one can then be replayed. */
@Service
public class ChangingMapping {

  private final SourceRecords sources;
  private final Clock clock;

  ChangingMapping(SourceRecords sources, Clock clock) {
    this.sources = sources;
    this.clock = clock;
  }

  /** Saves {@code mapping} (a 400 naming each bad field as {@code mapping.<field>}) and answers it as saved. */
  @Transactional
  public JsonNode change(UUID sourceId, JsonNode mapping, String by) {
    Source source = sources.find(sourceId).orElseThrow(() -> new NotFoundException("No source " + sourceId));
    Mapping parsed = Mapping.parse(mapping, source.kind());
    sources.saveMapping(sourceId, parsed, by, clock.instant());
    return parsed.toJson();
  }
}
