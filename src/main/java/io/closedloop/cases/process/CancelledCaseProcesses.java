package io.closedloop.cases.process;

import io.closedloop.cases.CaseId;
import io.closedloop.cases.NotingCancelledProcess;
import io.closedloop.workflow.ProcessKeys;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Lets a case know when its process is cancelled from outside (Cockpit, {@code /engine-rest}),
 * however it is done: a listener built into every version of the detractor-case process, which
 * runs even when the cancellation skips custom listeners, hands it to
 * {@link NotingCancelledProcess}.
 */
@Component
class CancelledCaseProcesses extends AbstractProcessEnginePlugin {

  private final ObjectProvider<NotingCancelledProcess> noting;

  CancelledCaseProcesses(ObjectProvider<NotingCancelledProcess> noting) {
    this.noting = noting;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity definition) {
        if (ProcessKeys.DETRACTOR_CASE.equals(definition.getKey())) {
          definition.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) CancelledCaseProcesses.this::ended);
        }
      }
    });
  }

  private void ended(DelegateExecution execution) {
    if (!(execution instanceof ExecutionEntity instance) || !instance.isProcessInstanceExecution() || !instance.isExternallyTerminated()) {
      return;
    }
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String by = user == null || user.getUserId() == null ? "system" : user.getUserId();
    noting.getObject().note(CaseId.of(execution.getProcessBusinessKey()), by, instance.getDeleteReason());
  }
}
