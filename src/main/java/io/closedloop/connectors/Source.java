package io.closedloop.connectors;

import java.time.Instant;
import java.util.UUID;

/** A registered source of responses: its kind, its signing secret (webhook kinds) and its mapping as saved. */
record Source(UUID id, String name, SourceKind kind, String secret, Mapping mapping, Instant createdAt, String createdBy,
    Instant updatedAt, String updatedBy) {

  /** Who posted a response that came from this source, as intake records it. */
  String postedBy() {
    return "source:" + name;
  }
}
