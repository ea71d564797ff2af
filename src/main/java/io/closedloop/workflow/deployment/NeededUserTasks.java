package io.closedloop.workflow.deployment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The user tasks (id and Camunda Form) that ClosedLoop's pages and API complete, per process
 * ({@link ProcessContract#formsByUserTask()}): a new version of the process must keep them, or running
 * the product would break. The form ids are those our pages render and Tasklist shows.
 */
final class NeededUserTasks {

  private NeededUserTasks() {}

  static List<Refusal> check(String resource, ModelXml xml, List<ProcessContract> contracts) {
    Map<String, Map<String, String>> formsByTaskByProcess = new HashMap<>();
    contracts.forEach(contract -> formsByTaskByProcess.put(contract.processKey(), contract.formsByUserTask()));
    List<Refusal> refusals = new ArrayList<>();
    for (Element process : xml.elements()) {
      Map<String, String> needed = formsByTaskByProcess.get(process.getAttribute("id"));
      if ("process".equals(ModelXml.localName(process)) && needed != null) {
        Map<String, String> present = formsByUserTask(process);
        new TreeMap<>(needed).forEach((task, form) -> {
          if (!present.containsKey(task)) {
            refusals.add(new Refusal(resource, process.getAttribute("id"), "drops the user task " + task
                + ", which ClosedLoop's pages and API complete; keep its id"));
          } else if (!form.equals(present.get(task))) {
            refusals.add(new Refusal(resource, task, "shows the form " + present.get(task) + " instead of " + form
                + ", which ClosedLoop's pages and API fill in; keep camunda:formRef=\"" + form + "\""));
          }
        });
      }
    }
    return refusals;
  }

  private static Map<String, String> formsByUserTask(Element process) {
    Map<String, String> forms = new HashMap<>();
    NodeList userTasks = process.getElementsByTagNameNS("*", "userTask");
    for (int i = 0; i < userTasks.getLength(); i++) {
      Element task = (Element) userTasks.item(i);
      forms.put(task.getAttribute("id"), formRef(task));
    }
    return forms;
  }

  private static String formRef(Element task) {
    return ModelXml.attributes(task).stream()
        .filter(attribute -> "formRef".equals(ModelXml.localName(attribute)))
        .map(attribute -> attribute.getValue())
        .findFirst()
        .orElse("(none)");
  }
}
