package io.closedloop.workflow.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import io.closedloop.workflow.deployment.ProcessContract.FieldChoices;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields ClosedLoop reads from the forms of the steps it works itself, by form id
 * ({@link ProcessContract#fieldsByForm()}): a new version of such a form must keep them (with their
 * keys), and a field that takes its choices from a variable keeps doing so ({@code valuesKey}, e.g.
 * the resolve form's root cause from the taxonomy). A form may add fields and change labels freely.
 */
final class NeededFormFields {

  private NeededFormFields() {}

  static List<Refusal> check(String resource, JsonNode form, List<ProcessContract> contracts) {
    String formId = form.path("id").asText();
    List<String> needed = contracts.stream().map(contract -> contract.fieldsByForm().get(formId)).filter(Objects::nonNull)
        .findFirst().orElse(null);
    if (needed == null) {
      return List.of();
    }
    List<Refusal> refusals = new ArrayList<>();
    for (String key : needed) {
      JsonNode field = field(form.path("components"), key);
      Optional<FieldChoices> choices = choicesOf(contracts, formId, key);
      if (field == null) {
        refusals.add(new Refusal(resource, formId, "drops the field " + key
            + ", which ClosedLoop reads when the step is completed; keep a field with the key " + key));
      } else if (choices.isPresent() && !choices.get().valuesKey().equals(field.path("valuesKey").asText())) {
        refusals.add(new Refusal(resource, field.path("id").asText(key), "must take its choices from " + choices.get().source() + ": "
            + "set its options source to input data with the key " + choices.get().valuesKey() + " (valuesKey)"));
      }
    }
    return refusals;
  }

  private static Optional<FieldChoices> choicesOf(List<ProcessContract> contracts, String formId, String key) {
    return contracts.stream().flatMap(contract -> contract.choices().stream())
        .filter(choices -> choices.form().equals(formId) && choices.field().equals(key)).findFirst();
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
