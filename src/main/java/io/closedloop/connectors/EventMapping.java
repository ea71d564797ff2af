package io.closedloop.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.closedloop.intake.ResponseSubmission;
import io.closedloop.intake.ResponseSubmission.CustomerSubmission;
import io.closedloop.shared.FieldError;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies a source's mapping to one JSON event: for each field, the first of its rules that gives a
 * value (a JSON Pointer, a Typeform ref, a constant, a named rule), read as text. An empty or null
 * value is absent. A pointer at an object, or a named rule that cannot choose, is an error of the mapping.
 */
final class EventMapping {

  private final SourceKind kind;
  private final Mapping mapping;

  EventMapping(SourceKind kind, Mapping effective) {
    this.kind = kind;
    this.mapping = effective;
  }

  MappedEvent map(JsonNode event) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, String> values = new LinkedHashMap<>();
    TypeformAnswers answers = new TypeformAnswers(event);
    for (String field : KindDefaults.fields()) {
      for (Rule rule : mapping.of(field)) {
        Optional<String> value = valueOf(field, rule, event, answers, errors);
        if (value.isPresent()) {
          values.put(field, FieldText.normalize(field, value.get(), ZoneOffset.UTC));
          break;
        }
      }
    }
    return new MappedEvent(submission(values), errors, values);
  }

  private Optional<String> valueOf(String field, Rule rule, JsonNode event, TypeformAnswers answers, List<FieldError> errors) {
    try {
      JsonNode node = switch (rule.type()) {
        case CONSTANT -> TextNode.valueOf(rule.value());
        case POINTER -> event.at(rule.pointer());
        case REF -> answers.byRef(rule.value()).map(TypeformAnswers::valueOf).orElse(null);
        case NAMED -> named(rule, event, answers);
        case COLUMN -> throw new IllegalStateException("a column rule in a JSON event");
      };
      return text(node);
    } catch (NotAValue | AmbiguousAnswer e) {
      errors.add(new FieldError(field, e.getMessage() + " (mapping " + rule.text() + ")"));
      return Optional.empty();
    }
  }

  private JsonNode named(Rule rule, JsonNode event, TypeformAnswers answers) throws AmbiguousAnswer {
    if (kind == SourceKind.FORMBRICKS) {
      return formbricksNps(event);
    }
    Optional<JsonNode> answer = Rule.NPS.equals(rule.text()) ? answers.npsAnswer() : answers.commentAnswer();
    return answer.map(TypeformAnswers::valueOf).orElse(null);
  }

  /** The one whole number from 0 to 10 among a Formbricks response's answers, which is what its NPS question gives. */
  private static JsonNode formbricksNps(JsonNode event) throws AmbiguousAnswer {
    List<String> candidates = new ArrayList<>();
    JsonNode found = null;
    for (Map.Entry<String, JsonNode> answer : iterable(event.at("/data/data"))) {
      JsonNode value = answer.getValue();
      if (value.isIntegralNumber() && value.asInt() >= 0 && value.asInt() <= 10) {
        candidates.add(answer.getKey());
        found = value;
      }
    }
    if (candidates.size() > 1) {
      throw new AmbiguousAnswer("several answers could be the score (" + String.join(", ", candidates)
          + "); map score to /data/data/<id of the NPS question>");
    }
    return found;
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
    return object::fields;
  }

  private static Optional<String> text(JsonNode node) throws NotAValue {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return Optional.empty();
    }
    if (node.isObject()) {
      throw new NotAValue("points at an object, not a value");
    }
    String text;
    if (node.isArray()) {
      List<String> items = new ArrayList<>();
      for (JsonNode item : node) {
        if (item.isContainerNode()) {
          throw new NotAValue("points at a list of objects, not a value");
        }
        items.add(item.asText());
      }
      text = String.join(", ", items);
    } else if (node.isIntegralNumber() || (node.isNumber() && node.asDouble() == Math.rint(node.asDouble()))) {
      text = node.bigIntegerValue().toString();
    } else {
      text = node.asText();
    }
    return text.isBlank() ? Optional.empty() : Optional.of(text);
  }

  static ResponseSubmission submission(Map<String, String> values) {
    return new ResponseSubmission(values.get("externalId"), values.get("score"), values.get("comment"), values.get("answeredAt"),
        values.get("touchpoint"), values.get("team"), values.get("employee"), values.get("product"), values.get("country"),
        values.get("language"),
        new CustomerSubmission(values.get("customer.externalId"), values.get("customer.name"), values.get("customer.email"),
            values.get("customer.phone"), values.get("customer.segment"), values.get("customer.servicePreference"),
            values.get("customer.accountOwner")));
  }

  /** A mapped place holds no single value. */
  private static final class NotAValue extends Exception {
    NotAValue(String message) {
      super(message);
    }
  }
}
