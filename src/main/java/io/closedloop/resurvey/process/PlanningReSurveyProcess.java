package io.closedloop.resurvey.process;

import static io.closedloop.resurvey.process.ReSurveyVariables.*;

import io.closedloop.cases.CaseId;
import io.closedloop.resurvey.ReSurveySettings;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Starts the {@code re-survey} process of a closing case, with the case id as business key and
 * {@code closedloop.resurvey.delay} as its wait; a case is re-surveyed once, however often asked.
 */
@Component
public class PlanningReSurveyProcess {

  private final RuntimeService runtime;
  private final HistoryService history;
  private final ReSurveySettings settings;

  PlanningReSurveyProcess(RuntimeService runtime, HistoryService history, ReSurveySettings settings) {
    this.runtime = runtime;
    this.history = history;
    this.settings = settings;
  }

  public void plan(CaseId caseId) {
    String key = caseId.toString();
    boolean planned = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(key).count() > 0;
    if (!planned) {
      runtime.startProcessInstanceByKey(PROCESS_KEY, key, Map.of(CASE_ID, key, WAIT_BEFORE_ASKING, settings.delay().toString()));
    }
  }
}
