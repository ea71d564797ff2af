package io.closedloop.connectors;

import io.closedloop.identity.ClientScope;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A machine client as admins see it: never its token, only the token's first characters, and when it was last used. */
public record ClientView(UUID id, String name, Set<ClientScope> scopes, String tokenHint, Instant createdAt, String createdBy,
    Instant lastUsedAt, Instant revokedAt, String revokedBy) {

  public boolean revoked() {
    return revokedAt != null;
  }
}
