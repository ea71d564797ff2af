package io.closedloop.workflow.deployment;

import static io.closedloop.workflow.CaseVariables.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.closedloop.workflow.CaseTasks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fields ClosedLoop reads from the forms of the steps it works itself, by form id: a new version
 * of such a form must keep them (with their keys), and the resolve form's root cause keeps taking
 * its choices from the taxonomy ({@code valuesKey}). A form may add fields and change labels freely.
 */
final class NeededFormFields {

  static final Map<String, List<String>> FIELDS_BY_FORM = Map.of(
      "call-back-customer", List.of(CHANNEL, REACHED, NOTE),
      "resolve-case", List.of(ROOT_CAUSE, OUTCOME, NOTES, CLOSE_THE_LOOP_MESSAGE, CLOSE_THE_LOOP_CHANNEL, IDEA_TITLE, IDEA_DESCRIPTION,
          IDEA_HORIZON, IDEA_ID),
      "review-alarming-case", List.of(ALARM_ACTION));

  private NeededFormFields() {}

  static List<Refusal> check(String resource, JsonNode form) {
    List<String> needed = FIELDS_BY_FORM.get(form.path("id").asText());
    if (needed == null) {
      return List.of();
    }
    List<Refusal> refusals = new ArrayList<>();
    for (String key : needed) {
      JsonNode field = field(form.path("components"), key);
      if (field == null) {
        refusals.add(new Refusal(resource, form.path("id").asText(), "drops the field " + key
            + ", which ClosedLoop reads when the step is completed; keep a field with the key " + key));
      } else if (ROOT_CAUSE.equals(key) && !CaseTasks.ROOT_CAUSE_OPTIONS.equals(field.path("valuesKey").asText())) {
        refusals.add(new Refusal(resource, field.path("id").asText(key), "must take its choices from the root-cause taxonomy: "
            + "set its options source to input data with the key " + CaseTasks.ROOT_CAUSE_OPTIONS + " (valuesKey)"));
      }
    }
    return refusals;
  }

  private static JsonNode field(JsonNode components, String key) {
    for (JsonNode component : components) {
      if (key.equals(component.path("key").asText(null))) {
        return component;
      }
      JsonNode nested = field(component.path("components"), key);
      if (nested != null) {
        return nested;
      }
    }
    return null;
  }
}
