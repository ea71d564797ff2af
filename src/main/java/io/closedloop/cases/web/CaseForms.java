package io.closedloop.cases.web;

import io.closedloop.cases.DetractorCase;
import io.closedloop.forms.CamundaForms;
import io.closedloop.forms.DeployedForms;
import io.closedloop.forms.FormDefinition;
import io.closedloop.tasks.UserTasks;
import org.springframework.stereotype.Component;

/**
 * The form of a case's step as our page shows it: the Camunda Form deployed with the process version
 * the case's open task belongs to, so a form deployed from Camunda Modeler shows at once; the file
 * in {@code forms/} where the process does not wait at that step.
 */
@Component
class CaseForms {

  /** The steps the case page works itself, by their ids in the BPMN (as in {@code cases/process/CaseTasks}). */
  static final String CALL_BACK_STEP = "CallBackCustomer";
  static final String RESOLVE_STEP = "ResolveCase";
  static final String ALARM_STEP = "ReviewAlarmingCase";

  private final UserTasks tasks;
  private final DeployedForms deployed;
  private final CamundaForms files;

  CaseForms(UserTasks tasks, DeployedForms deployed, CamundaForms files) {
    this.tasks = tasks;
    this.deployed = deployed;
    this.files = files;
  }

  FormDefinition of(DetractorCase detractorCase, String step, String formId) {
    return tasks.openStep(detractorCase.getId().toString(), step).flatMap(task -> deployed.ofTask(task.id()))
        .orElseGet(() -> files.get(formId));
  }

  /** Whether the case's process waits at the step now. */
  boolean waitsAt(DetractorCase detractorCase, String step) {
    return tasks.openStep(detractorCase.getId().toString(), step).isPresent();
  }
}
