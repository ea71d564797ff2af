package io.closedloop.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The answers of a Typeform {@code form_response}: each names its field ({@code id}, {@code type},
 * {@code ref}) and holds its value under the name of its own {@code type} ({@code number},
 * {@code text}, {@code email}, {@code choice}, ...).
 */
final class TypeformAnswers {

  private final List<JsonNode> answers = new ArrayList<>();

  TypeformAnswers(JsonNode event) {
    event.at("/form_response/answers").forEach(answers::add);
  }

  /** The answer to the field with this {@code ref}. */
  Optional<JsonNode> byRef(String ref) {
    return answers.stream().filter(answer -> ref.equals(answer.at("/field/ref").asText(null))).findFirst();
  }

  /** The answers to fields of one type ({@code nps}, {@code opinion_scale}, {@code long_text}, ...), in the form's order. */
  List<JsonNode> ofFieldType(String type) {
    return answers.stream().filter(answer -> type.equals(answer.at("/field/type").asText(null))).toList();
  }

  /** The answer of the NPS question: the {@code nps} field's, else the one {@code opinion_scale} answer; several are a mistake to name. */
  Optional<JsonNode> npsAnswer() throws AmbiguousAnswer {
    List<JsonNode> nps = ofFieldType("nps");
    if (!nps.isEmpty()) {
      return Optional.of(nps.get(0));
    }
    List<JsonNode> scales = ofFieldType("opinion_scale");
    if (scales.size() > 1) {
      throw new AmbiguousAnswer("several opinion scales could be the score (refs "
          + String.join(", ", scales.stream().map(answer -> answer.at("/field/ref").asText("?")).toList())
          + "); map score to the ref of the NPS question");
    }
    return scales.stream().findFirst();
  }

  /** The first long text answer, then the first short text one: the "why" of an NPS survey. */
  Optional<JsonNode> commentAnswer() {
    return ofFieldType("long_text").stream().findFirst().or(() -> ofFieldType("short_text").stream().findFirst());
  }

  /** The value an answer holds under the name of its type; a choice's label, several choices' labels joined. */
  static JsonNode valueOf(JsonNode answer) {
    String type = answer.path("type").asText("");
    JsonNode value = answer.path(type);
    if ("choice".equals(type)) {
      return value.has("label") ? value.get("label") : value.path("other");
    }
    if ("choices".equals(type)) {
      return value.path("labels");
    }
    return value;
  }
}
