package io.closedloop.workflow.deployment;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;

/**
 * Runs before the engine's own deployers, inside the deployment's transaction, so every way of
 * deploying passes it (the engine REST API, the webapps, the auto-deployment at start, the Java
 * API): a refusal throws {@link DeploymentRefused} and the transaction, with the deployment, rolls back.
 */
final class ValidatingDeployer implements Deployer {

  private final DeploymentValidator validator;

  ValidatingDeployer(DeploymentValidator validator) {
    this.validator = validator;
  }

  private static boolean deployedBefore(String formId) {
    return Context.getCommandContext().getCamundaFormDefinitionManager().findLatestDefinitionByKey(formId) != null;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    // the engine also runs its deployers when it reloads a deployment into its cache: only new ones are judged
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    Map<String, byte[]> resources = new TreeMap<>();
    deployment.getResources().values().forEach(resource -> resources.put(resource.getName(), resource.getBytes()));
    List<Refusal> refusals = validator.check(resources, ValidatingDeployer::deployedBefore);
    if (!refusals.isEmpty()) {
      throw new DeploymentRefused(refusals);
    }
  }
}
