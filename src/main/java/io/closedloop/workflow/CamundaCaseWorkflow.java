package io.closedloop.workflow;

import io.closedloop.cases.CaseId;
import io.closedloop.cases.CaseWorkflow;
import io.closedloop.cases.OpenCase;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts the {@code detractor-case} process for a new case, with the case id as business key. */
@Component
class CamundaCaseWorkflow implements CaseWorkflow {

  private final RuntimeService runtime;

  CamundaCaseWorkflow(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public void start(CaseId caseId, OpenCase facts) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CaseVariables.CASE_ID, caseId.toString());
    variables.put(CaseVariables.SCORE, facts.score());
    variables.put(CaseVariables.TOUCHPOINT, facts.touchpoint());
    variables.put(CaseVariables.TEAM, facts.team() == null ? "customer-service" : facts.team());
    variables.put(CaseVariables.SEGMENT, facts.segment());
    variables.put(CaseVariables.ACCOUNT_OWNER, facts.accountOwner());
    runtime.startProcessInstanceByKey(ProcessKeys.DETRACTOR_CASE, caseId.toString(), variables);
  }
}
