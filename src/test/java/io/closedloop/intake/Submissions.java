package io.closedloop.intake;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Responses as a client would post them, each with its own fresh external ids. */
final class Submissions {

  private Submissions() {}

  static String newExternalId() {
    return "it-" + UUID.randomUUID();
  }

  static Map<String, Object> response(String externalId, int score) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("externalId", externalId);
    body.put("score", score);
    body.put("comment", "Score " + score + " from an integration test");
    body.put("answeredAt", "2026-01-15T09:30:00Z");
    body.put("touchpoint", "customer-service");
    body.put("country", "DK");
    body.put("language", "da");
    body.put("customer", Map.of("externalId", customerIdOf(externalId), "name", "Mette Hansen",
        "email", "mette@example.com", "servicePreference", "RELATIONAL"));
    return body;
  }

  static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(body);
    changed.put(field, value);
    return changed;
  }

  static String customerIdOf(String externalId) {
    return "cust-" + externalId;
  }
}
