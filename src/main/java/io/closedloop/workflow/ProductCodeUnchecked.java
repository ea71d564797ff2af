package io.closedloop.workflow;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;
import org.camunda.bpm.engine.impl.delegate.DefaultDelegateInterceptor;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * The engine checks a user's authorizations for what the user asks of it (a claim, a completed
 * task); what our process adapters then do on the product's behalf (move the case's variables,
 * open the next step) runs without that user's authorizations, because the adapters' use cases
 * check ClosedLoop's own rules. The adapters still see who the user is.
 */
@Component
class ProductCodeUnchecked extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    DelegateInterceptor engine = configuration.getDelegateInterceptor() == null
        ? new DefaultDelegateInterceptor() : configuration.getDelegateInterceptor();
    configuration.setDelegateInterceptor(invocation -> runUnchecked(engine, invocation));
  }

  private static void runUnchecked(DelegateInterceptor engine, DelegateInvocation invocation) throws Exception {
    CommandContext context = Context.getCommandContext();
    if (context == null || !context.isAuthorizationCheckEnabled()) {
      engine.handleInvocation(invocation);
      return;
    }
    context.disableAuthorizationCheck();
    try {
      engine.handleInvocation(invocation);
    } finally {
      context.enableAuthorizationCheck();
    }
  }
}
