package io.closedloop.workflow.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.closedloop.forms.FormRenderer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A Camunda Form must be a form: JSON with components, none of which runs or embeds code in Tasklist,
 * all of which ClosedLoop's pages can show ({@link FormRenderer#SUPPORTED_TYPES}), and with the
 * fields ClosedLoop reads from the forms of its own steps ({@link NeededFormFields}).
 */
final class FormCheck {

  static final Set<String> REFUSED_COMPONENTS = Set.of("script", "iframe");

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormCheck() {}

  static List<Refusal> check(String resource, byte[] content, List<ProcessContract> contracts) {
    JsonNode form;
    try {
      form = JSON.readTree(content);
    } catch (IOException e) {
      return List.of(new Refusal(resource, "form", "is not a Camunda Form (not JSON)"));
    }
    if (form == null || !form.path("components").isArray()) {
      return List.of(new Refusal(resource, "form", "is not a Camunda Form (no components)"));
    }
    List<Refusal> refusals = new ArrayList<>();
    collect(resource, form.path("components"), refusals);
    refusals.addAll(NeededFormFields.check(resource, form, contracts));
    return refusals;
  }

  private static void collect(String resource, JsonNode components, List<Refusal> refusals) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (REFUSED_COMPONENTS.contains(type)) {
        refusals.add(new Refusal(resource, component.path("id").asText(type), "is a " + type
            + " component, which runs or embeds code in the browser of whoever opens the task"));
      } else if (!FormRenderer.SUPPORTED_TYPES.contains(type)) {
        refusals.add(new Refusal(resource, component.path("id").asText(type), "is a " + type
            + " component, which ClosedLoop's pages cannot show; use one of " + new TreeSet<>(FormRenderer.SUPPORTED_TYPES)));
      }
      collect(resource, component.path("components"), refusals);
    }
  }
}
