package io.closedloop.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.stereotype.Component;

/**
 * Counts the new deployments this engine committed, so that what is read once from the latest deployed
 * definitions (see {@link LatestDecisions}) is read again after a designer deploys.
 */
@Component
public class DeploymentsCommitted extends AbstractProcessEnginePlugin {

  private final AtomicLong committed = new AtomicLong();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> postDeployers = new ArrayList<>();
    if (configuration.getCustomPostDeployers() != null) {
      postDeployers.addAll(configuration.getCustomPostDeployers());
    }
    postDeployers.add(deployment -> {
      if (deployment.isNew()) {
        Context.getCommandContext().getTransactionContext()
            .addTransactionListener(TransactionState.COMMITTED, context -> committed.incrementAndGet());
      }
    });
    configuration.setCustomPostDeployers(postDeployers);
  }

  /** How many new deployments were committed since the engine started. */
  public long count() {
    return committed.get();
  }
}
