package io.closedloop.forms.process;

import io.closedloop.forms.DeployedForms;
import io.closedloop.forms.FormDefinition;
import io.closedloop.forms.FormParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The Camunda Form of a task as the engine binds it ({@code camunda:formRef} with {@code latest},
 * {@code deployment} or {@code version}, from the deployment of the task's process version). A
 * deployed form never changes, so each is read once per deployment and form id.
 */
@Component
class EngineDeployedForms implements DeployedForms {

  private final ProcessEngine engine;
  private final Map<String, FormDefinition> parsed = new ConcurrentHashMap<>();

  EngineDeployedForms(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public Optional<FormDefinition> ofTask(String taskId) {
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
    if (task == null || task.getCamundaFormRef() == null) {
      return Optional.empty();
    }
    RepositoryService repository = engine.getRepositoryService();
    String processDeployment = repository.getProcessDefinition(task.getProcessDefinitionId()).getDeploymentId();
    CamundaFormDefinition form;
    try {
      form = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
          .execute(new GetCamundaFormDefinitionCmd(task.getCamundaFormRef(), processDeployment));
    } catch (ProcessEngineException notDeployed) {
      return Optional.empty();
    }
    if (form == null) {
      return Optional.empty();
    }
    return Optional.of(parsed.computeIfAbsent(form.getDeploymentId() + "/" + form.getKey(), cacheKey -> {
      try (InputStream json = repository.getResourceAsStream(form.getDeploymentId(), form.getResourceName())) {
        return FormParser.parse(json);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }));
  }
}
