package io.closedloop.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.closedloop.intake.ImportingResponses;
import io.closedloop.shared.FieldError;
import io.closedloop.shared.InvalidCharacters;
import io.closedloop.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A source's mapping: for each response field (our names, {@code customer.} for the customer's),
 * the {@link Rule}s its value comes from. For JSON kinds several rules are tried in order until one
 * gives a value; for export files several columns are joined with a space (a first and a last
 * name). A field mapped to {@code null} is left out even where the kind has a default.
 */
final class Mapping {

  static final int MAX_RULES = 5;

  private final Map<String, List<Rule>> rules;

  private Mapping(Map<String, List<Rule>> rules) {
    this.rules = Collections.unmodifiableMap(rules);
  }

  static Mapping empty() {
    return new Mapping(new LinkedHashMap<>());
  }

  /** The mapping {@code json} describes for a source of {@code kind}, or a 400 naming each bad field as {@code mapping.<field>}. */
  static Mapping parse(JsonNode json, SourceKind kind) {
    if (json == null || json.isNull() || json.isMissingNode()) {
      return empty();
    }
    if (!json.isObject()) {
      throw new InvalidInputException("mapping", "must be an object from response fields to where their values come from");
    }
    Map<String, List<Rule>> rules = new LinkedHashMap<>();
    List<FieldError> errors = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> fields = json.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = "mapping." + field.getKey();
      if (!ImportingResponses.COLUMNS.contains(field.getKey())) {
        errors.add(new FieldError(name, "is not a response field; they are " + String.join(", ", ImportingResponses.COLUMNS)));
        continue;
      }
      try {
        rules.put(field.getKey(), rules(field.getValue(), kind));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError(name, e.getMessage()));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new Mapping(rules);
  }

  private static List<Rule> rules(JsonNode value, SourceKind kind) {
    if (value.isNull()) {
      return List.of();
    }
    if (value.isTextual()) {
      return List.of(rule(value.asText(), kind));
    }
    if (value.isArray() && !value.isEmpty() && value.size() <= MAX_RULES) {
      List<Rule> rules = new ArrayList<>();
      for (JsonNode item : value) {
        if (!item.isTextual()) {
          throw new IllegalArgumentException("must hold only strings");
        }
        rules.add(rule(item.asText(), kind));
      }
      return rules;
    }
    throw new IllegalArgumentException("must be a string, a list of 1 to " + MAX_RULES + " strings, or null");
  }

  private static Rule rule(String text, SourceKind kind) {
    if (InvalidCharacters.in(text)) {
      throw new IllegalArgumentException(InvalidCharacters.MESSAGE);
    }
    return Rule.parse(kind, text);
  }

  /** This mapping where it names a field, {@code defaults} elsewhere. */
  Mapping over(Mapping defaults) {
    Map<String, List<Rule>> merged = new LinkedHashMap<>();
    for (String field : ImportingResponses.COLUMNS) {
      List<Rule> chosen = rules.containsKey(field) ? rules.get(field) : defaults.rules.get(field);
      if (chosen != null && !chosen.isEmpty()) {
        merged.put(field, chosen);
      }
    }
    return new Mapping(merged);
  }

  /** The rules of one field; empty when it is not mapped. */
  List<Rule> of(String field) {
    return rules.getOrDefault(field, List.of());
  }

  boolean names(String field) {
    return rules.containsKey(field);
  }

  /** The mapping as JSON, as it is saved and shown: a string for one rule, a list for several, null for a field left out. */
  ObjectNode toJson() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    rules.forEach((field, fieldRules) -> {
      if (fieldRules.isEmpty()) {
        json.putNull(field);
      } else if (fieldRules.size() == 1) {
        json.put(field, fieldRules.get(0).text());
      } else {
        ArrayNode list = json.putArray(field);
        fieldRules.forEach(rule -> list.add(rule.text()));
      }
    });
    return json;
  }
}
