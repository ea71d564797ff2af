package io.closedloop.workflow.deployment;

import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

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

  @Override
  public void deploy(DeploymentEntity deployment) {
    // the engine also runs its deployers when it reloads a deployment into its cache: only new ones are judged
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    List<Refusal> refusals = deployment.getResources().values().stream()
        .sorted(Comparator.comparing(ResourceEntity::getName))
        .flatMap(resource -> validator.check(resource.getName(), resource.getBytes()).stream())
        .toList();
    if (!refusals.isEmpty()) {
      throw new DeploymentRefused(refusals);
    }
  }
}
