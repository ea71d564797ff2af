package io.closedloop.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a machine client may do, named as OAuth scopes: ClosedLoop's own API clients carry them,
 * and so does a Keycloak service account's token in its {@code scope} claim. A scope grants the
 * authority {@code SCOPE_<name>}, as Spring Security names a token's scopes.
 */
public enum ClientScope {
  /** Posts responses: one, a batch, a CSV file or a survey tool's export. */
  RESPONSES_WRITE("responses:write"),
  /** Reads the NPS and closed-loop figures of every team. */
  METRICS_READ("metrics:read"),
  /** Reads the cases of every team, as leadership does. */
  CASES_READ("cases:read"),
  /** Scrapes the Prometheus metrics of the application. */
  METRICS_SCRAPE("metrics:scrape");

  private final String scope;

  ClientScope(String scope) {
    this.scope = scope;
  }

  @JsonValue
  public String scope() {
    return scope;
  }

  public String authority() {
    return "SCOPE_" + scope;
  }

  public static Optional<ClientScope> of(String scope) {
    return Arrays.stream(values()).filter(value -> value.scope.equals(scope)).findFirst();
  }

  @JsonCreator
  static ClientScope parse(String scope) {
    return of(scope).orElseThrow(() -> new IllegalArgumentException("unknown scope " + scope));
  }
}
