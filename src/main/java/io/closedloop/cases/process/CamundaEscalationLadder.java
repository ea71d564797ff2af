package io.closedloop.cases.process;

import io.closedloop.cases.CasePhase;
import io.closedloop.cases.EscalationAction;
import io.closedloop.cases.EscalationLadder;
import io.closedloop.cases.EscalationStep;
import io.closedloop.cases.EscalationStep.Recipients;
import io.closedloop.cases.Priority;
import io.closedloop.workflow.ProcessKeys;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * The escalation ladder as the designer deployed it: the newest version of the decision
 * {@code escalation-ladder} (hit policy rule order), one step per matching row.
 */
@Component
class CamundaEscalationLadder implements EscalationLadder {

  private final DecisionService decisions;

  CamundaEscalationLadder(DecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public List<EscalationStep> stepsFor(CasePhase phase, Priority priority, String team, String segment) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("phase", phase.name());
    facts.put("priority", priority == null ? null : priority.name());
    facts.put("team", team);
    facts.put("segment", segment);
    return decisions.evaluateDecisionByKey(ProcessKeys.ESCALATION_LADDER).variables(facts).evaluate().stream()
        .map(CamundaEscalationLadder::step).toList();
  }

  /** One row's outputs as a step; a row the domain cannot take fails the job with the table's words. */
  static EscalationStep step(DmnDecisionResultEntries row) {
    try {
      return new EscalationStep(number(row, "level"), number(row, "businessHoursAfterDeadline"),
          Recipients.valueOf(text(row, "recipients")), text(row, "recipient"), EscalationAction.valueOf(text(row, "action")),
          text(row, "actionTarget"));
    } catch (RuntimeException wrong) {
      throw new IllegalStateException("The escalation ladder has a row the product cannot apply " + row + ": " + wrong.getMessage(), wrong);
    }
  }

  private static int number(DmnDecisionResultEntries row, String name) {
    Object value = row.get(name);
    return value == null ? 0 : ((Number) value).intValue();
  }

  private static String text(DmnDecisionResultEntries row, String name) {
    Object value = row.get(name);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }
}
