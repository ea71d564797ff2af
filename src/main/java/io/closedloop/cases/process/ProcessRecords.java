package io.closedloop.cases.process;

import io.closedloop.customers.DataSubject;
import io.closedloop.customers.PersonalDataHolder;
import io.closedloop.workflow.ErasingProcessVariables;
import io.closedloop.workflow.ProcessKeys;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The process instances of a customer's cases on the engine: their variables (current and past
 * values) and task comments. Exported through the engine's history; erased by {@link ErasingProcessVariables}.
 */
@Component
@Order(3)
class ProcessRecords implements PersonalDataHolder {

  private final HistoryService history;
  private final TaskService tasks;
  private final ErasingProcessVariables erasing;

  ProcessRecords(HistoryService history, TaskService tasks, ErasingProcessVariables erasing) {
    this.history = history;
    this.tasks = tasks;
    this.erasing = erasing;
  }

  @Override
  public String section() {
    return "processes";
  }

  @Override
  public Object exportOf(DataSubject subject) {
    return subject.caseIds().stream()
        .flatMap(caseId -> history.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessKeys.DETRACTOR_CASE)
            .processInstanceBusinessKey(caseId.toString()).list().stream()
            .map(instance -> exportOf(caseId, instance.getId())))
        .toList();
  }

  private Map<String, Object> exportOf(UUID caseId, String processInstanceId) {
    Map<String, Object> process = new LinkedHashMap<>();
    process.put("caseId", caseId);
    process.put("processInstanceId", processInstanceId);
    process.put("variables", history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .disableCustomObjectDeserialization().orderByVariableName().asc().list().stream().map(ProcessRecords::variable).toList());
    process.put("comments", tasks.getProcessInstanceComments(processInstanceId).stream()
        .map(comment -> Map.of("time", comment.getTime().toInstant(), "userId", String.valueOf(comment.getUserId()),
            "message", String.valueOf(comment.getFullMessage())))
        .toList());
    return process;
  }

  private static Map<String, Object> variable(HistoricVariableInstance variable) {
    Map<String, Object> exported = new LinkedHashMap<>();
    exported.put("name", variable.getName());
    exported.put("type", variable.getTypeName());
    exported.put("taskId", variable.getTaskId());
    exported.put("value", valueOf(variable.getTypedValue()));
    return exported;
  }

  private static Object valueOf(TypedValue value) {
    if (value instanceof ObjectValue object) {
      return object.getValueSerialized();
    }
    Object plain = value == null ? null : value.getValue();
    return plain instanceof Date date ? date.toInstant() : plain;
  }

  @Override
  public void erase(DataSubject subject) {
    erasing.erase(ProcessKeys.DETRACTOR_CASE, subject.caseIds(), CaseVariables.FREE_TEXT, CaseVariables.KEPT);
  }
}
