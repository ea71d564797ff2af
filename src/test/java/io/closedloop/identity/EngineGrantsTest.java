package io.closedloop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;

/** The engine grants derived from our roles say what docs/security.md says, and nothing more. */
class EngineGrantsTest {

  private static final List<String> NON_ADMIN_ROLES = List.of("agent", "manager", "designer", "leadership", "kiosk");

  @Test
  void no_role_but_admin_may_change_users_groups_memberships_or_authorizations() {
    for (String role : NON_ADMIN_ROLES) {
      assertThat(EngineGrants.permissionsOf(role, Resources.USER, Authorization.ANY)).doesNotContain(Permissions.CREATE,
          Permissions.UPDATE, Permissions.DELETE, Permissions.ALL);
      assertThat(EngineGrants.permissionsOf(role, Resources.GROUP, Authorization.ANY)).doesNotContain(Permissions.CREATE,
          Permissions.UPDATE, Permissions.DELETE, Permissions.ALL);
      assertThat(EngineGrants.permissionsOf(role, Resources.GROUP_MEMBERSHIP, Authorization.ANY)).isEmpty();
      assertThat(EngineGrants.permissionsOf(role, Resources.AUTHORIZATION, Authorization.ANY)).isEmpty();
      assertThat(EngineGrants.permissionsOf(role, Resources.APPLICATION, "admin")).isEmpty();
    }
  }

  @Test
  void nobody_but_admin_deletes_or_modifies_process_instances_or_writes_their_variables() {
    for (String role : NON_ADMIN_ROLES) {
      List<Permission> onInstances = EngineGrants.permissionsOf(role, Resources.PROCESS_INSTANCE, Authorization.ANY);
      List<Permission> onDefinitions = EngineGrants.permissionsOf(role, Resources.PROCESS_DEFINITION, Authorization.ANY);
      assertThat(onInstances).doesNotContain(Permissions.DELETE, Permissions.UPDATE, Permissions.ALL);
      assertThat(onDefinitions).doesNotContain(ProcessDefinitionPermissions.DELETE_INSTANCE, ProcessDefinitionPermissions.UPDATE_INSTANCE,
          ProcessDefinitionPermissions.UPDATE_INSTANCE_VARIABLE, ProcessDefinitionPermissions.UPDATE_TASK,
          ProcessDefinitionPermissions.UPDATE_TASK_VARIABLE, ProcessDefinitionPermissions.ALL);
    }
  }

  @Test
  void only_managers_may_give_tasks_to_others_and_only_designers_deploy_and_migrate() {
    assertThat(EngineGrants.permissionsOf("manager", Resources.PROCESS_DEFINITION, Authorization.ANY))
        .contains(ProcessDefinitionPermissions.TASK_ASSIGN);
    assertThat(EngineGrants.permissionsOf("agent", Resources.PROCESS_DEFINITION, Authorization.ANY))
        .doesNotContain(ProcessDefinitionPermissions.TASK_ASSIGN, ProcessDefinitionPermissions.TASK_WORK);
    assertThat(EngineGrants.permissionsOf("designer", Resources.DEPLOYMENT, Authorization.ANY)).contains(Permissions.CREATE);
    assertThat(EngineGrants.permissionsOf("designer", Resources.PROCESS_DEFINITION, Authorization.ANY))
        .contains(ProcessDefinitionPermissions.MIGRATE_INSTANCE);
    for (String role : List.of("agent", "manager", "leadership", "kiosk")) {
      assertThat(EngineGrants.permissionsOf(role, Resources.DEPLOYMENT, Authorization.ANY)).isEmpty();
    }
  }

  @Test
  void every_staff_role_has_tasklist_and_the_kiosk_has_nothing() {
    for (String role : List.of("agent", "manager", "designer", "leadership")) {
      assertThat(EngineGrants.permissionsOf(role, Resources.APPLICATION, "tasklist")).containsExactly(Permissions.ACCESS);
    }
    for (Resources resource : Resources.values()) {
      assertThat(EngineGrants.permissionsOf("kiosk", resource, Authorization.ANY)).as("kiosk on %s", resource).isEmpty();
    }
    assertThat(EngineGrants.permissionsOf("kiosk", Resources.APPLICATION, "tasklist")).isEmpty();
  }
}
