package io.closedloop.workflow.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every user task's {@code camunda:formRef} must name a form that exists when the task is reached:
 * with the binding {@code deployment}, a form of the same deployment; otherwise one of the same
 * deployment or one deployed before. A task whose form is missing could not be shown by
 * ClosedLoop's pages or Tasklist.
 */
final class FormRefs {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormRefs() {}

  static List<Refusal> check(Map<String, byte[]> resources, Predicate<String> deployedBefore) {
    Set<String> formsHere = new HashSet<>();
    resources.forEach((name, content) -> {
      if (name.toLowerCase(Locale.ROOT).endsWith(".form")) {
        formId(content).ifPresent(formsHere::add);
      }
    });
    List<Refusal> refusals = new ArrayList<>();
    resources.forEach((name, content) -> {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".bpmn") || lower.endsWith(".bpmn20.xml")) {
        try {
          refusals.addAll(check(name, ModelXml.parse(content), formsHere, deployedBefore));
        } catch (ModelXml.InvalidXml unreadable) {
          // refused as unreadable by the file's own check
        }
      }
    });
    return refusals;
  }

  private static List<Refusal> check(String resource, ModelXml xml, Set<String> formsHere, Predicate<String> deployedBefore) {
    List<Refusal> refusals = new ArrayList<>();
    NodeList userTasks = xml.root().getElementsByTagNameNS("*", "userTask");
    for (int i = 0; i < userTasks.getLength(); i++) {
      Element task = (Element) userTasks.item(i);
      String formRef = attribute(task, "formRef");
      if (formRef == null || formRef.contains("{")) {
        continue;
      }
      String binding = attribute(task, "formRefBinding");
      boolean sameDeploymentOnly = "deployment".equals(binding);
      if (formsHere.contains(formRef) || (!sameDeploymentOnly && deployedBefore.test(formRef))) {
        continue;
      }
      refusals.add(new Refusal(resource, task.getAttribute("id"), "shows the form " + formRef + ", which "
          + (sameDeploymentOnly ? "is not in this deployment (camunda:formRefBinding=\"deployment\"); deploy the form with the process"
              : "is neither in this deployment nor deployed before; deploy the form with the process")));
    }
    return refusals;
  }

  private static String attribute(Element element, String localName) {
    return ModelXml.attributes(element).stream().filter(attribute -> localName.equals(ModelXml.localName(attribute)))
        .map(attribute -> attribute.getValue()).findFirst().orElse(null);
  }

  private static java.util.Optional<String> formId(byte[] content) {
    try {
      JsonNode id = JSON.readTree(content).path("id");
      return id.isTextual() ? java.util.Optional.of(id.asText()) : java.util.Optional.empty();
    } catch (IOException notJson) {
      return java.util.Optional.empty();
    }
  }
}
