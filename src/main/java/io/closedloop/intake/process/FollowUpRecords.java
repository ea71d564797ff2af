package io.closedloop.intake.process;

import io.closedloop.customers.DataSubject;
import io.closedloop.customers.PersonalDataHolder;
import io.closedloop.workflow.ErasingProcessVariables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The passive follow-ups of a customer's answers on the engine: the comment, contact details and notes their
 * variables hold ({@link FollowUpVariables#PERSONAL}), exported from the history and erased with the customer
 * by {@link ErasingProcessVariables}. They belong to no case, so only a whole customer's erasure reaches them.
 */
@Component
@Order(3)
class FollowUpRecords implements PersonalDataHolder {

  private final HistoryService history;
  private final ErasingProcessVariables erasing;
  private final JdbcClient jdbc;

  FollowUpRecords(HistoryService history, ErasingProcessVariables erasing, JdbcClient jdbc) {
    this.history = history;
    this.erasing = erasing;
    this.jdbc = jdbc;
  }

  @Override
  public String section() {
    return "followUps";
  }

  @Override
  public Object exportOf(DataSubject subject) {
    return responsesOf(subject).stream()
        .flatMap(responseId -> history.createHistoricProcessInstanceQuery().processDefinitionKey(FollowUpVariables.PROCESS_KEY)
            .processInstanceBusinessKey(responseId.toString()).list().stream()
            .map(instance -> exportOf(responseId, instance.getId())))
        .toList();
  }

  private Map<String, Object> exportOf(UUID responseId, String processInstanceId) {
    Map<String, Object> followUp = new LinkedHashMap<>();
    followUp.put("responseId", responseId);
    followUp.put("processInstanceId", processInstanceId);
    Map<String, Object> variables = new LinkedHashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .orderByVariableName().asc().list()) {
      variables.put(variable.getName(), variable.getValue());
    }
    followUp.put("variables", variables);
    return followUp;
  }

  @Override
  public void erase(DataSubject subject) {
    erasing.erase(FollowUpVariables.PROCESS_KEY, responsesOf(subject), FollowUpVariables.PERSONAL);
  }

  private List<UUID> responsesOf(DataSubject subject) {
    if (!subject.wholeCustomer()) {
      return List.of();
    }
    return jdbc.sql("select id from response where customer_id = :customer").param("customer", subject.customerId())
        .query(UUID.class).list();
  }
}
