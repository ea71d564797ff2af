package io.closedloop.cases.process;

import io.closedloop.cases.CaseId;
import io.closedloop.cases.OpenCase;
import io.closedloop.cases.Priority;
import io.closedloop.cases.PriorityRule;
import io.closedloop.workflow.ProcessKeys;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Asks the latest {@code case-routing} decision for the priority of an answer, with the variables the
 * detractor-case process passes it; a changed priority reaches a case process that holds a {@code priority}
 * variable.
 */
@Component
class DecidingCasePriority implements PriorityRule {

  static final String PRIORITY = "priority";

  private final DecisionService decisions;
  private final RuntimeService runtime;

  DecidingCasePriority(DecisionService decisions, RuntimeService runtime) {
    this.decisions = decisions;
    this.runtime = runtime;
  }

  @Override
  public Priority decide(OpenCase facts, boolean alarming) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CaseVariables.SCORE, facts.score());
    variables.put(CaseVariables.ALARMING, alarming);
    variables.put(CaseVariables.SEGMENT, facts.segment());
    variables.put(CaseVariables.TOUCHPOINT, facts.touchpoint());
    variables.put(CaseVariables.TEAM, facts.team());
    DmnDecisionRuleResult result = decisions.evaluateDecisionTableByKey(ProcessKeys.CASE_ROUTING, variables).getFirstResult();
    Object priority = result == null ? null : result.get(PRIORITY);
    return priority == null ? Priority.NORMAL : Priority.valueOf(priority.toString());
  }

  @Override
  public void changed(CaseId caseId, Priority priority) {
    for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.DETRACTOR_CASE)
        .processInstanceBusinessKey(caseId.toString()).active().list()) {
      if (runtime.getVariable(instance.getId(), PRIORITY) != null) {
        runtime.setVariable(instance.getId(), PRIORITY, priority.name());
      }
    }
  }
}
