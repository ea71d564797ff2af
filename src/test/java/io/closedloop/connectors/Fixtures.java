package io.closedloop.connectors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The test payloads and export files under {@code src/test/resources/connectors}, shaped like each
 * tool's documented ones, with their {@code {{placeholders}}} filled in so each test has its own ids.
 */
final class Fixtures {

  private Fixtures() {}

  static String load(String name, Map<String, ?> values) {
    String text;
    try (InputStream in = Fixtures.class.getResourceAsStream("/connectors/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + name);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Map.Entry<String, ?> value : values.entrySet()) {
      text = text.replace("{{" + value.getKey() + "}}", String.valueOf(value.getValue()));
    }
    if (text.contains("{{")) {
      throw new IllegalArgumentException("A placeholder of " + name + " is left: " + text.substring(text.indexOf("{{"), text.indexOf("{{") + 20));
    }
    return text;
  }

  /** A Formbricks {@code responseFinished} with its NPS answer under the question id {@code nps}. */
  static String formbricks(String responseId, String customerId, int score, String comment) {
    return load("formbricks-response-finished.json", Map.of("responseId", responseId, "customerId", customerId, "score", score,
        "comment", comment, "answeredAt", "2026-03-02T09:15:42.118Z"));
  }

  /** A Typeform {@code form_response} whose score question has the type ({@code nps}, {@code opinion_scale}) and ref given. */
  static String typeform(String eventId, String token, String customerId, int score, String scoreType, String scoreRef, String comment) {
    return load("typeform-form-response.json", Map.of("eventId", eventId, "responseId", token, "customerId", customerId, "score", score,
        "scoreType", scoreType, "scoreRef", scoreRef, "comment", comment, "answeredAt", "2026-03-02T09:15:42Z"));
  }
}
