package io.closedloop.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ComplexGateway;
import org.camunda.bpm.model.bpmn.instance.CompensateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.LinkEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The rules of bpmnlint's {@code bpmnlint:recommended} that Camunda Modeler shows as errors or
 * warnings, written against Camunda's model API so the build can enforce them without Node:
 * label-required, fake-join, no-implicit-split, no-disconnected, no-implicit-start,
 * no-implicit-end, start-event-required, end-event-required, single-blank-start-event,
 * sub-process-blank-start-event, conditional-flows, no-gateway-join-fork, superfluous-gateway,
 * no-complex-gateway, no-inclusive-gateway, no-duplicate-sequence-flows, single-event-definition
 * and no-bpmndi. Each finding reads like bpmnlint's: {@code element rule: message}.
 */
final class BpmnLint {

  private final BpmnModelInstance model;
  private final List<String> findings = new ArrayList<>();

  private BpmnLint(BpmnModelInstance model) {
    this.model = model;
  }

  static List<String> check(BpmnModelInstance model) {
    BpmnLint lint = new BpmnLint(model);
    lint.run();
    return lint.findings;
  }

  private void run() {
    Set<String> drawn = new HashSet<>();
    model.getModelElementsByType(BpmnShape.class).forEach(shape -> drawn.add(shape.getBpmnElement().getId()));
    model.getModelElementsByType(BpmnEdge.class).forEach(edge -> drawn.add(edge.getBpmnElement().getId()));
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      if (!drawn.contains(element.getId())) {
        report(element, "no-bpmndi", "Element is missing bpmndi");
      }
    }
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      labelRequired(node);
      flows(node);
      gateways(node);
      if (node instanceof Event event) {
        singleEventDefinition(event);
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (flow.getConditionExpression() != null && blank(flow.getName())) {
        report(flow, "label-required", "Element is missing label/name");
      }
    }
    for (Participant participant : model.getModelElementsByType(Participant.class)) {
      if (blank(participant.getName())) {
        report(participant, "label-required", "Element is missing label/name");
      }
    }
    for (Lane lane : model.getModelElementsByType(Lane.class)) {
      if (blank(lane.getName())) {
        report(lane, "label-required", "Element is missing label/name");
      }
    }
    model.getModelElementsByType(Process.class).forEach(process -> scope(process, process.getFlowElements(), false));
    model.getModelElementsByType(SubProcess.class).forEach(sub -> scope(sub, sub.getFlowElements(), true));
  }

  private void labelRequired(FlowNode node) {
    if (node instanceof ParallelGateway || node instanceof EventBasedGateway || node instanceof SubProcess) {
      return;
    }
    if (node instanceof Gateway && node.getOutgoing().size() <= 1) {
      return;
    }
    if (blank(node.getName())) {
      report(node, "label-required", "Element is missing label/name");
    }
  }

  private void flows(FlowNode node) {
    boolean activityOrEvent = node instanceof Activity || node instanceof Event;
    if (activityOrEvent && node.getIncoming().size() > 1) {
      report(node, "fake-join", "Incoming flows do not join");
    }
    if (activityOrEvent) {
      long unconditional = node.getOutgoing().stream()
          .filter(flow -> flow.getConditionExpression() == null && !isDefault(node, flow)).count();
      if (unconditional > 1) {
        report(node, "no-implicit-split", "Flow splits implicitly");
      }
    }
    boolean compensation = node instanceof Activity activity && activity.isForCompensation()
        || node instanceof BoundaryEvent boundary && boundary.getEventDefinitions().stream().anyMatch(CompensateEventDefinition.class::isInstance);
    if (compensation || triggeredByEvent(node)) {
      return;
    }
    if (node.getIncoming().isEmpty() && node.getOutgoing().isEmpty()) {
      report(node, "no-disconnected", "Element is not connected");
    }
    if (node.getIncoming().isEmpty() && !(node instanceof StartEvent) && !(node instanceof BoundaryEvent)
        && !(node instanceof IntermediateCatchEvent caught && !caught.getEventDefinitions().isEmpty()
            && caught.getEventDefinitions().stream().allMatch(LinkEventDefinition.class::isInstance))) {
      report(node, "no-implicit-start", "Element is an implicit start");
    }
    if (node.getOutgoing().isEmpty() && !(node instanceof EndEvent) && !(node instanceof IntermediateThrowEvent thrown
        && !thrown.getEventDefinitions().isEmpty() && thrown.getEventDefinitions().stream().allMatch(LinkEventDefinition.class::isInstance))) {
      report(node, "no-implicit-end", "Element is an implicit end");
    }
  }

  private void gateways(FlowNode node) {
    if (!(node instanceof Gateway)) {
      return;
    }
    int in = node.getIncoming().size();
    int out = node.getOutgoing().size();
    if (in > 1 && out > 1) {
      report(node, "no-gateway-join-fork", "Gateway forks and joins");
    }
    if (in == 1 && out == 1) {
      report(node, "superfluous-gateway", "Gateway is superfluous. It only has one source and target.");
    }
    if (node instanceof ComplexGateway) {
      report(node, "no-complex-gateway", "Element type <bpmn:ComplexGateway> is discouraged");
    }
    if (node instanceof InclusiveGateway) {
      report(node, "no-inclusive-gateway", "Element type <bpmn:InclusiveGateway> is discouraged");
    }
    if ((node instanceof ExclusiveGateway || node instanceof InclusiveGateway) && out > 1) {
      for (SequenceFlow flow : node.getOutgoing()) {
        if (flow.getConditionExpression() == null && !isDefault(node, flow)) {
          report(flow, "conditional-flows", "Sequence flow is missing condition");
        }
      }
    }
    Set<String> targets = new HashSet<>();
    for (SequenceFlow flow : node.getOutgoing()) {
      if (!targets.add(flow.getTarget().getId())) {
        report(flow, "no-duplicate-sequence-flows", "SequenceFlow is a duplicate");
      }
    }
  }

  private void singleEventDefinition(Event event) {
    Collection<EventDefinition> definitions = event.getChildElementsByType(EventDefinition.class);
    if (definitions.size() > 1) {
      report(event, "single-event-definition", "Event has multiple event definitions");
    }
  }

  /** A process or sub-process: has a start and an end event; an embedded sub-process only blank ones; one blank start. */
  private void scope(ModelElementInstance scope, Collection<FlowElement> elements, boolean subProcess) {
    if (subProcess && ((SubProcess) scope).triggeredByEvent()) {
      return;
    }
    List<StartEvent> starts = elements.stream().filter(StartEvent.class::isInstance).map(StartEvent.class::cast).toList();
    String id = scope.getAttributeValue("id");
    if (starts.isEmpty()) {
      findings.add(id + " start-event-required: " + (subProcess ? "Sub process" : "Process") + " is missing start event");
    }
    if (elements.stream().noneMatch(EndEvent.class::isInstance)) {
      findings.add(id + " end-event-required: " + (subProcess ? "Sub process" : "Process") + " is missing end event");
    }
    if (starts.stream().filter(start -> start.getEventDefinitions().isEmpty()).count() > 1) {
      findings.add(id + " single-blank-start-event: " + "Process has multiple blank start events");
    }
    if (subProcess) {
      starts.stream().filter(start -> !start.getEventDefinitions().isEmpty())
          .forEach(start -> report(start, "sub-process-blank-start-event", "Start event must be blank"));
    }
  }

  private static boolean isDefault(FlowNode node, SequenceFlow flow) {
    String defaultFlow = node.getAttributeValue("default");
    return flow.getId().equals(defaultFlow);
  }

  private static boolean triggeredByEvent(FlowNode node) {
    return node instanceof SubProcess sub && sub.triggeredByEvent();
  }

  private void report(ModelElementInstance element, String rule, String message) {
    findings.add(element.getAttributeValue("id") + " " + rule + ": " + message);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
