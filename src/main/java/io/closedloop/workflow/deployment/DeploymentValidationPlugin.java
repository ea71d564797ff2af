package io.closedloop.workflow.deployment;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/** Puts the {@link DeploymentValidator} in front of the engine's deployers, for every deployment of this engine. */
@Component
class DeploymentValidationPlugin extends AbstractProcessEnginePlugin {

  private final ApplicationContext components;
  private final ObjectProvider<ProcessContract> contracts;

  DeploymentValidationPlugin(ApplicationContext components, ObjectProvider<ProcessContract> contracts) {
    this.components = components;
    this.contracts = contracts;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.isDmnFeelEnableLegacyBehavior()) {
      throw new IllegalStateException("The deployment check takes FEEL as the decisions' default language; "
          + "dmnFeelEnableLegacyBehavior would make it JUEL");
    }
    List<Deployer> preDeployers = new ArrayList<>();
    if (configuration.getCustomPreDeployers() != null) {
      preDeployers.addAll(configuration.getCustomPreDeployers());
    }
    preDeployers.add(new ValidatingDeployer(new DeploymentValidator(new ProcessVocabulary(contracts.stream().toList()), components::containsBean)));
    configuration.setCustomPreDeployers(preDeployers);
  }
}
