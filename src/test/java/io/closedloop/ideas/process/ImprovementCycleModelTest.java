package io.closedloop.ideas.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

/** improvement-cycle.bpmn stays editable in Camunda Modeler: every element is drawn and every user task has a deployed form. */
class ImprovementCycleModelTest {

  private final BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("bpmn/improvement-cycle.bpmn").toFile());

  @Test
  void every_flow_element_has_a_shape_or_an_edge_in_the_diagram() {
    Collection<FlowElement> elements = model.getModelElementsByType(FlowElement.class);
    var drawn = model.getModelElementsByType(BpmnShape.class).stream().map(shape -> shape.getBpmnElement().getId()).toList();
    var edges = model.getModelElementsByType(BpmnEdge.class).stream().map(edge -> edge.getBpmnElement().getId()).toList();

    assertThat(elements).hasSizeGreaterThan(40);
    assertThat(elements).extracting(BaseElement::getId).allMatch(id -> drawn.contains(id) || edges.contains(id));
  }

  @Test
  void every_user_task_has_a_camunda_form_from_the_forms_folder() {
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertThat(task.getCamundaFormRef()).as(task.getId()).isNotBlank();
      assertThat(Files.exists(Path.of("forms", task.getCamundaFormRef() + ".form"))).as(task.getId()).isTrue();
      assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("latest");
    }
  }
}
