package io.closedloop.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Posts detractor responses through the API, each with fresh ids; answers the id of the case it opened. */
public final class Detractors {

  private Detractors() {}

  public static String newCase(int port, int score, String comment, String customerName) {
    String externalId = "page-it-" + UUID.randomUUID();
    Map<String, Object> customer = new HashMap<>(Map.of("externalId", "customer-" + externalId, "name", customerName,
        "email", "kunde@example.com", "phone", "+45 12 34 56 78", "servicePreference", "ACTION_ORIENTED"));
    Map<String, Object> response = new HashMap<>(Map.of("externalId", externalId, "score", score, "touchpoint", "website",
        "customer", customer));
    if (comment != null) {
      response.put("comment", comment);
    }
    ResponseEntity<Map> created = Api.as("admin", port).postForEntity("/api/responses", response, Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return (String) created.getBody().get("caseId");
  }
}
