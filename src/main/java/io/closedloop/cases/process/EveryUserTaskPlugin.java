package io.closedloop.cases.process;

import io.closedloop.cases.CaseId;
import io.closedloop.cases.RecordingTaskCompletion;
import io.closedloop.reference.RootCauses;
import io.closedloop.workflow.ProcessKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What every user task of a case process gets without the designer adding listeners, in whatever
 * version is deployed: on creation, the root-cause taxonomy as choices ({@link CaseTasks#ROOT_CAUSE_OPTIONS},
 * a JSON list of {@code {label, value}} in the taxonomy's default language) for any form's
 * {@code valuesKey}, so Tasklist offers the taxonomy as it stands; on completion, a
 * {@code TASK_COMPLETED} entry on the case's timeline naming the task and who completed it (the
 * engine's logged-in user in Tasklist, else the worker our pages name, else the assignee). The
 * steps the case page works itself record their own entries and are skipped.
 */
@Component
class EveryUserTaskPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<RecordingTaskCompletion> recording;
  private final ObjectProvider<RootCauses> rootCauses;

  EveryUserTaskPlugin(ObjectProvider<RecordingTaskCompletion> recording, ObjectProvider<RootCauses> rootCauses) {
    this.recording = recording;
    this.rootCauses = rootCauses;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = new ArrayList<>();
    if (configuration.getCustomPostBPMNParseListeners() != null) {
      listeners.addAll(configuration.getCustomPostBPMNParseListeners());
    }
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, EveryUserTaskPlugin.this::created);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, EveryUserTaskPlugin.this::completed);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private void created(DelegateTask task) {
    if (isCaseProcess(task)) {
      String choices = Spin.JSON(rootCauses.getObject().choices().stream()
          .map(choice -> Map.of("label", choice.label(), "value", choice.value())).toList()).toString();
      task.setVariableLocal(CaseTasks.ROOT_CAUSE_OPTIONS, SpinValues.jsonValue(choices).create());
    }
  }

  private void completed(DelegateTask task) {
    if (!isCaseProcess(task) || CaseTasks.WITH_OWN_HANDLING.contains(task.getTaskDefinitionKey())) {
      return;
    }
    String businessKey = task.getExecution().getProcessBusinessKey();
    recording.getObject().record(CaseId.of(businessKey), task.getName() == null ? task.getTaskDefinitionKey() : task.getName(), actor(task));
  }

  private static boolean isCaseProcess(DelegateTask task) {
    return task.getExecution() instanceof ExecutionEntity execution
        && ProcessKeys.DETRACTOR_CASE.equals(execution.getProcessDefinition().getKey());
  }

  private static String actor(DelegateTask task) {
    var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    Object worker = task.getVariableLocal(CaseVariables.ACTOR);
    return worker != null ? worker.toString() : task.getAssignee();
  }
}
