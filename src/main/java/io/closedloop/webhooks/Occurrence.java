package io.closedloop.webhooks;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Something an endpoint hears of, before it takes a format: its type and time, its {@code data}
 * (ids, codes and figures, never a customer's personal data), an English headline and line for chat
 * tools, and the link to its page.
 *
 * @param caseId the case it is about, if any, so the call goes on the case's record in the outbox
 */
record Occurrence(WebhookEvent event, Instant at, UUID caseId, Map<String, Object> data, String headline, String line, String url,
    String linkText) {

  Occurrence {
    data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
  }

  /** Data in the order given, as key, value, key, value...; values may be null. */
  static Map<String, Object> fields(Object... keysAndValues) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      Object value = keysAndValues[i + 1];
      fields.put((String) keysAndValues[i], value instanceof Enum<?> constant ? constant.name()
          : value instanceof Instant instant ? instant.toString()
          : value instanceof UUID id ? id.toString() : value);
    }
    return fields;
  }
}
