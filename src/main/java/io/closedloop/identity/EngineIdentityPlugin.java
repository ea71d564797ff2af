package io.closedloop.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Fits the engine's identity to ClosedLoop's rules: a new user may read and edit their own
 * profile but not delete themselves or hand out rights on themselves, and every committed change
 * to a user or a membership is told to {@link IdentityChanges}, whichever door it came through.
 * With Keycloak the engine only reads users and groups, and Keycloak's identity provider stays.
 */
@Component
class EngineIdentityPlugin extends AbstractProcessEnginePlugin {

  private final IdentityChanges changes;

  EngineIdentityPlugin(IdentityChanges changes) {
    this.changes = changes;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new OwnProfileOnly());
    if (configuration.getIdentityProviderSessionFactory() == null) {
      configuration.setIdentityProviderSessionFactory(new NotifyingIdentityProviders(changes));
    }
  }

  /** The engine's default grants, but a user gets read and update on their own user, not all. */
  static final class OwnProfileOnly extends DefaultAuthorizationProvider {
    @Override
    public AuthorizationEntity[] newUser(User user) {
      return new AuthorizationEntity[] {createGrantAuthorization(user.getId(), null, Resources.USER, user.getId(),
          Permissions.READ, Permissions.UPDATE)};
    }
  }

  private static final class NotifyingIdentityProviders implements SessionFactory {
    private final IdentityChanges changes;

    NotifyingIdentityProviders(IdentityChanges changes) {
      this.changes = changes;
    }

    @Override
    public Class<?> getSessionType() {
      return DbIdentityServiceProvider.class;
    }

    @Override
    public Session openSession() {
      return new NotifyingIdentityProvider(changes);
    }
  }

  /** The engine's own user store, telling {@link IdentityChanges} once a change is committed. */
  static final class NotifyingIdentityProvider extends DbIdentityServiceProvider {
    private final IdentityChanges changes;

    NotifyingIdentityProvider(IdentityChanges changes) {
      this.changes = changes;
    }

    @Override
    public IdentityOperationResult saveUser(User user) {
      IdentityOperationResult result = super.saveUser(user);
      afterCommit(() -> changes.userChanged(user.getId()));
      return result;
    }

    @Override
    public IdentityOperationResult deleteUser(String userId) {
      IdentityOperationResult result = super.deleteUser(userId);
      afterCommit(() -> changes.userChanged(userId));
      return result;
    }

    @Override
    public IdentityOperationResult createMembership(String userId, String groupId) {
      IdentityOperationResult result = super.createMembership(userId, groupId);
      afterCommit(() -> changes.userChanged(userId));
      return result;
    }

    @Override
    public IdentityOperationResult deleteMembership(String userId, String groupId) {
      IdentityOperationResult result = super.deleteMembership(userId, groupId);
      afterCommit(() -> changes.userChanged(userId));
      return result;
    }

    @Override
    public IdentityOperationResult deleteGroup(String groupId) {
      IdentityOperationResult result = super.deleteGroup(groupId);
      afterCommit(changes::everyoneChanged);
      return result;
    }

    private static void afterCommit(Runnable change) {
      Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED, context -> change.run());
    }
  }
}
