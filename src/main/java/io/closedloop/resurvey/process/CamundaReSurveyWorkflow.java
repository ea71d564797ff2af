package io.closedloop.resurvey.process;

import io.closedloop.cases.CaseId;
import io.closedloop.intake.NpsCategory;
import io.closedloop.resurvey.ReSurveyWorkflow;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The re-survey process on the engine: an answer is the message {@code re-survey-answered} to the
 * case's re-survey, with the answer's category for the gateway after it. When no process waits (it
 * was cancelled in Cockpit, say), the answer is kept all the same and nothing else happens.
 */
@Component
class CamundaReSurveyWorkflow implements ReSurveyWorkflow {

  private final RuntimeService runtime;

  CamundaReSurveyWorkflow(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public void answered(CaseId caseId, NpsCategory category) {
    runtime.createMessageCorrelation(ReSurveyVariables.ANSWERED_MESSAGE)
        .processInstanceBusinessKey(caseId.toString())
        .setVariable(ReSurveyVariables.ANSWER_CATEGORY, category.name())
        .correlateAllWithResult();
  }
}
