package io.closedloop.workflow.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;

/**
 * The rules of a BPMN file: no script and no Java class anywhere, every expression within the
 * process vocabulary, and the user tasks our pages complete kept.
 */
final class BpmnCheck {

  /** Elements refused wherever they appear (by local name, so the legacy activiti namespace is covered too). */
  static final Map<String, String> REFUSED_ELEMENTS = ordered(
      "scriptTask", "is a script task; scripts run arbitrary code, call a process adapter by expression instead",
      "script", "holds a script (camunda:script); scripts run arbitrary code, call a process adapter by expression instead",
      "connector", "uses a connector (camunda:connector); connectors call out of the server and are not available");

  /** Attributes refused on any element (by local name: camunda:class on a task, class on a listener alike). */
  static final Map<String, String> REFUSED_ATTRIBUTES = ordered(
      "class", "names a Java class to run; call a process adapter by expression instead",
      "delegateExpression", "names a delegate to run; call a process adapter's method by expression instead",
      "variableMappingClass", "names a Java class to map variables; use camunda:in and camunda:out instead",
      "variableMappingDelegateExpression", "names a delegate to map variables; use camunda:in and camunda:out instead",
      "formHandlerClass", "names a Java class to handle a form; use camunda:formRef instead",
      "resource", "loads a script from a resource; scripts run arbitrary code",
      "scriptFormat", "sets a script language; scripts run arbitrary code",
      "language", "evaluates in a script language; write the condition as ${...} over process variables",
      "formKey", "uses camunda:formKey (embedded or external forms bring their own scripts); use camunda:formRef to a Camunda Form");

  /** What the spec writes as the (ignored) expression language of a BPMN file. */
  private static final Set<String> HARMLESS_EXPRESSION_LANGUAGES = Set.of("http://www.w3.org/1999/XPath", "juel");

  private final ExpressionSweep sweep;
  private final List<ProcessContract> contracts;

  BpmnCheck(ExpressionSweep sweep, List<ProcessContract> contracts) {
    this.sweep = sweep;
    this.contracts = contracts;
  }

  List<Refusal> check(String resource, ModelXml xml) {
    List<Refusal> refusals = new ArrayList<>();
    for (Element element : xml.elements()) {
      String elementReason = REFUSED_ELEMENTS.get(ModelXml.localName(element));
      if (elementReason != null) {
        refusals.add(new Refusal(resource, ModelXml.idOf(element), elementReason));
      }
      if ("constraint".equals(ModelXml.localName(element)) && "validator".equals(element.getAttribute("name"))) {
        refusals.add(new Refusal(resource, ModelXml.idOf(element), "uses a custom form field validator, which runs a Java class"));
      }
      for (Attr attribute : ModelXml.attributes(element)) {
        attributeRefusal(resource, element, attribute).ifPresent(refusals::add);
      }
    }
    refusals.addAll(sweep.sweep(resource, xml));
    refusals.addAll(NeededUserTasks.check(resource, xml, contracts));
    return refusals;
  }

  private static Optional<Refusal> attributeRefusal(String resource, Element element, Attr attribute) {
    String name = ModelXml.localName(attribute);
    String reason = REFUSED_ATTRIBUTES.get(name);
    if (reason != null) {
      return Optional.of(new Refusal(resource, ModelXml.idOf(element), name + "=\"" + attribute.getValue() + "\" " + reason));
    }
    if (name.equals("expressionLanguage") && !HARMLESS_EXPRESSION_LANGUAGES.contains(attribute.getValue())) {
      return Optional.of(new Refusal(resource, ModelXml.idOf(element), "sets the expression language "
          + attribute.getValue() + "; processes use ${...} expressions only"));
    }
    return Optional.empty();
  }

  private static Map<String, String> ordered(String... namesAndReasons) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndReasons.length; i += 2) {
      map.put(namesAndReasons[i], namesAndReasons[i + 1]);
    }
    return map;
  }
}
