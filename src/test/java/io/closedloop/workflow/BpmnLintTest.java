package io.closedloop.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/**
 * Every process file passes the rules Camunda Modeler shows from bpmnlint's recommended set (the
 * same check runs outside the build with {@code npx bpmnlint}, see docs/process-design.md), and
 * each rule that matters here finds what it is for.
 */
class BpmnLintTest {

  private static final Path PROCESSES = Path.of("bpmn");

  @Test
  void every_process_file_passes_the_recommended_rules() throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(PROCESSES)) {
      files = listed.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
    }

    assertThat(files).extracting(file -> file.getFileName().toString()).contains("detractor-case.bpmn", "improvement-cycle.bpmn");
    for (Path file : files) {
      assertThat(BpmnLint.check(Bpmn.readModelFromFile(file.toFile()))).as(file.toString()).isEmpty();
    }
  }

  @Test
  void a_start_event_without_a_name_needs_a_label() {
    assertThat(lint("""
        <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
        <bpmn:userTask id="Task" name="Do it"><bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:userTask>
        <bpmn:endEvent id="End" name="Done"><bpmn:incoming>F2</bpmn:incoming></bpmn:endEvent>
        <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task" />
        <bpmn:sequenceFlow id="F2" sourceRef="Task" targetRef="End" />
        """, "Start", "Task", "End")).containsExactly("Start label-required: Element is missing label/name");
  }

  @Test
  void a_task_with_two_incoming_flows_is_an_implicit_join() {
    assertThat(lint("""
        <bpmn:startEvent id="Start" name="Begun"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
        <bpmn:userTask id="Task" name="Do it"><bpmn:incoming>F1</bpmn:incoming><bpmn:incoming>Again</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:userTask>
        <bpmn:exclusiveGateway id="Check" name="Done?" default="F3"><bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>F3</bpmn:outgoing><bpmn:outgoing>Again</bpmn:outgoing></bpmn:exclusiveGateway>
        <bpmn:endEvent id="End" name="Done"><bpmn:incoming>F3</bpmn:incoming></bpmn:endEvent>
        <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task" />
        <bpmn:sequenceFlow id="F2" sourceRef="Task" targetRef="Check" />
        <bpmn:sequenceFlow id="F3" sourceRef="Check" targetRef="End" />
        <bpmn:sequenceFlow id="Again" name="no" sourceRef="Check" targetRef="Task"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${again}</bpmn:conditionExpression></bpmn:sequenceFlow>
        """, "Start", "Task", "Check", "End")).containsExactly("Task fake-join: Incoming flows do not join");
  }

  @Test
  void a_task_with_two_plain_outgoing_flows_splits_implicitly_and_a_forking_gateway_needs_conditions() {
    assertThat(lint("""
        <bpmn:startEvent id="Start" name="Begun"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
        <bpmn:userTask id="Task" name="Do it"><bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing><bpmn:outgoing>F3</bpmn:outgoing></bpmn:userTask>
        <bpmn:exclusiveGateway id="Check" name="Which?"><bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>F4</bpmn:outgoing><bpmn:outgoing>F5</bpmn:outgoing></bpmn:exclusiveGateway>
        <bpmn:endEvent id="End" name="Done"><bpmn:incoming>F3</bpmn:incoming><bpmn:incoming>F4</bpmn:incoming><bpmn:incoming>F5</bpmn:incoming></bpmn:endEvent>
        <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task" />
        <bpmn:sequenceFlow id="F2" sourceRef="Task" targetRef="Check" />
        <bpmn:sequenceFlow id="F3" sourceRef="Task" targetRef="End" />
        <bpmn:sequenceFlow id="F4" sourceRef="Check" targetRef="End" />
        <bpmn:sequenceFlow id="F5" sourceRef="Check" targetRef="End" />
        """, "Start", "Task", "Check", "End")).contains("Task no-implicit-split: Flow splits implicitly",
        "F4 conditional-flows: Sequence flow is missing condition", "F5 no-duplicate-sequence-flows: SequenceFlow is a duplicate",
        "End fake-join: Incoming flows do not join");
  }

  @Test
  void a_task_without_flows_is_disconnected_and_a_process_needs_its_start_and_end() {
    assertThat(lint("""
        <bpmn:userTask id="Lonely" name="Forgotten" />
        """, "Lonely")).contains("Lonely no-disconnected: Element is not connected", "Lonely no-implicit-start: Element is an implicit start",
        "Lonely no-implicit-end: Element is an implicit end", "p start-event-required: Process is missing start event",
        "p end-event-required: Process is missing end event");
  }

  @Test
  void an_element_missing_from_the_diagram_is_reported() {
    assertThat(lint("""
        <bpmn:startEvent id="Start" name="Begun"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
        <bpmn:endEvent id="End" name="Done"><bpmn:incoming>F1</bpmn:incoming></bpmn:endEvent>
        <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="End" />
        """, "Start")).containsExactly("End no-bpmndi: Element is missing bpmndi");
  }

  @Test
  void a_gateway_that_joins_and_forks_at_once_or_passes_one_flow_on_is_reported() {
    assertThat(lint("""
        <bpmn:startEvent id="Start" name="Begun"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
        <bpmn:parallelGateway id="Pass"><bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:parallelGateway>
        <bpmn:endEvent id="End" name="Done"><bpmn:incoming>F2</bpmn:incoming></bpmn:endEvent>
        <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Pass" />
        <bpmn:sequenceFlow id="F2" sourceRef="Pass" targetRef="End" />
        """, "Start", "Pass", "End")).containsExactly("Pass superfluous-gateway: Gateway is superfluous. It only has one source and target.");
  }

  /** The process {@code p} with {@code elements}; the listed ids and every sequence flow are drawn. */
  private static List<String> lint(String elements, String... drawn) {
    StringBuilder shapes = new StringBuilder();
    for (String id : drawn) {
      shapes.append("<bpmndi:BPMNShape id=\"%s_di\" bpmnElement=\"%s\"><dc:Bounds x=\"0\" y=\"0\" width=\"36\" height=\"36\" /></bpmndi:BPMNShape>"
          .formatted(id, id));
    }
    Matcher flows = Pattern.compile("sequenceFlow id=\"(\\w+)\"").matcher(elements);
    while (flows.find()) {
      shapes.append("<bpmndi:BPMNEdge id=\"%s_di\" bpmnElement=\"%s\"><di:waypoint x=\"0\" y=\"0\" /><di:waypoint x=\"1\" y=\"0\" /></bpmndi:BPMNEdge>"
          .formatted(flows.group(1), flows.group(1)));
    }
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
            xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="d" targetNamespace="http://closedloop.io/test">
          <bpmn:process id="p" isExecutable="true">%s</bpmn:process>
          <bpmndi:BPMNDiagram id="diagram"><bpmndi:BPMNPlane id="plane" bpmnElement="p">%s</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """.formatted(elements, shapes);
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    return BpmnLint.check(model);
  }
}
