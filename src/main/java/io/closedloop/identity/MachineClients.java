package io.closedloop.identity;

import java.util.Optional;
import java.util.Set;

/**
 * The API clients that call ClosedLoop with a bearer token of its own making (not a person, not a
 * Keycloak token). The module that keeps the clients implements it; identity only asks.
 */
public interface MachineClients {

  /** The prefix of every token this port knows, so other bearer tokens (Keycloak's JWTs) go elsewhere. */
  String TOKEN_PREFIX = "cl_";

  /** The client holding this token, if it exists and is not revoked; notes the use. */
  Optional<Client> authenticate(String token);

  /** A client as a request sees it: its name (the principal, {@code client:<name>}) and its scopes. */
  record Client(String name, Set<ClientScope> scopes) {

    public String principal() {
      return "client:" + name;
    }
  }
}
