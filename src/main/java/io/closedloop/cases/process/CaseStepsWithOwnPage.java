package io.closedloop.cases.process;

import io.closedloop.tasks.StepsWithOwnPage;
import io.closedloop.workflow.ProcessKeys;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The steps of the detractor-case process that the case page works itself ({@link CaseTasks#WITH_OWN_HANDLING}). */
@Component
class CaseStepsWithOwnPage implements StepsWithOwnPage {

  @Override
  public boolean has(String processKey, String taskKey) {
    return ProcessKeys.DETRACTOR_CASE.equals(processKey) && CaseTasks.WITH_OWN_HANDLING.contains(taskKey);
  }

  @Override
  public Set<String> taskKeys() {
    return CaseTasks.WITH_OWN_HANDLING;
  }
}
