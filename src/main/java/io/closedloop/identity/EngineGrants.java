package io.closedloop.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Our roles as the engine's authorizations, kept here and re-applied at every start (the same with
 * the engine's own users and with Keycloak's groups). Each role group gets exactly the global
 * grants listed in {@link #GRANTS}; what a user may do with a single task comes from the task:
 * its candidates and assignee get read and work (claim, complete) but not assign, and the
 * rules the engine cannot say ("a manager of this case's team") are kept by the case process's
 * task listeners.
 */
@Component
class EngineGrants implements InitializingBean {

  /** The filter every Tasklist user sees: all the tasks the engine lets them read. */
  static final String TASKLIST_FILTER = "All my tasks";
  /** The role groups of the people who work in ClosedLoop (all but the wall screen's kiosk). */
  private static final List<String> STAFF = List.of("agent", "manager", "designer", "leadership");

  /** A grant in code: the role groups may do these things to one resource (or to every one of its kind, {@code *}). */
  record Grant(List<String> groups, Resource resource, String resourceId, Permission... permissions) {
    Grant(String group, Resource resource, Permission... permissions) {
      this(List.of(group), resource, ANY, permissions);
    }

    boolean covers(String group, Resource kind, String id) {
      return groups.contains(group) && resource.resourceType() == kind.resourceType() && resourceId.equals(id);
    }
  }

  static final List<Grant> GRANTS = List.of(
      // Tasklist for every staff role; each sees only the tasks it is a candidate or assignee of
      new Grant(STAFF, Resources.APPLICATION, "tasklist", Permissions.ACCESS),
      new Grant(STAFF, Resources.FILTER, ANY, Permissions.READ),
      new Grant(STAFF, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ),
      new Grant(STAFF, Resources.DECISION_DEFINITION, ANY, Permissions.READ),
      new Grant(STAFF, Resources.USER, ANY, Permissions.READ),
      new Grant(STAFF, Resources.GROUP, ANY, Permissions.READ),
      // managers give tasks to others; the case process's listener checks that the case is of their team
      new Grant("manager", Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.TASK_ASSIGN),
      // designers deploy, read definitions and instances, and migrate running instances: no deleting, no changing
      new Grant(List.of("designer"), Resources.APPLICATION, "cockpit", Permissions.ACCESS),
      new Grant("designer", Resources.DEPLOYMENT, Permissions.CREATE, Permissions.READ),
      new Grant("designer", Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.MIGRATE_INSTANCE,
          ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE),
      new Grant("designer", Resources.PROCESS_INSTANCE, Permissions.READ),
      new Grant("designer", Resources.DECISION_DEFINITION, Permissions.READ_HISTORY),
      new Grant("designer", Resources.DECISION_REQUIREMENTS_DEFINITION, Permissions.READ),
      new Grant("designer", Resources.BATCH, BatchPermissions.READ, BatchPermissions.READ_HISTORY,
          BatchPermissions.CREATE_BATCH_MIGRATE_PROCESS_INSTANCES),
      new Grant("designer", Resources.HISTORIC_PROCESS_INSTANCE, HistoricProcessInstancePermissions.READ),
      // leadership reads the processes and their instances
      new Grant("leadership", Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY),
      new Grant("leadership", Resources.PROCESS_INSTANCE, Permissions.READ));

  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;

  EngineGrants(AuthorizationService authorizations, FilterService filters, TaskService tasks) {
    this.authorizations = authorizations;
    this.filters = filters;
    this.tasks = tasks;
  }

  @Override
  public void afterPropertiesSet() {
    List<String> administrators = List.of(Role.ADMIN.groupId(), Directory.CAMUNDA_ADMIN_GROUP);
    List<String> roles = Arrays.stream(Role.values()).filter(role -> role != Role.ADMIN).map(Role::groupId).toList();
    Map<String, Authorization> existing = new HashMap<>();
    authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(Stream.concat(administrators.stream(), roles.stream()).toArray(String[]::new)).list()
        .forEach(grant -> existing.put(key(grant.getGroupId(), grant.getResourceType(), grant.getResourceId()), grant));
    for (String group : administrators) {
      for (Resources resource : Resources.values()) {
        apply(existing, group, resource, ANY, List.of(Permissions.ALL));
      }
    }
    for (String group : roles) {
      for (Resources resource : Resources.values()) {
        apply(existing, group, resource, ANY, permissionsOf(group, resource, ANY));
      }
      for (String application : List.of("tasklist", "cockpit", "admin", "welcome")) {
        apply(existing, group, Resources.APPLICATION, application, permissionsOf(group, Resources.APPLICATION, application));
      }
    }
    ensureTasklistFilter();
  }

  /** Makes the group's grant on the resource exactly these permissions (none: no grant), writing only what differs. */
  private void apply(Map<String, Authorization> existingGrants, String group, Resource resource, String resourceId,
      List<Permission> permissions) {
    Authorization existing = existingGrants.get(key(group, resource.resourceType(), resourceId));
    if (permissions.isEmpty()) {
      if (existing != null) {
        authorizations.deleteAuthorization(existing.getId());
      }
      return;
    }
    AuthorizationEntity wanted = new AuthorizationEntity(AUTH_TYPE_GRANT);
    wanted.setResource(resource);
    wanted.setPermissions(permissions.toArray(Permission[]::new));
    if (existing instanceof AuthorizationEntity stored && stored.getPermissions() == wanted.getPermissions()) {
      return;
    }
    Authorization grant = existing == null ? authorizations.createNewAuthorization(AUTH_TYPE_GRANT) : existing;
    if (existing == null) {
      grant.setGroupId(group);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
    }
    grant.setPermissions(permissions.toArray(Permission[]::new));
    authorizations.saveAuthorization(grant);
  }

  private static String key(String group, int resourceType, String resourceId) {
    return group + "|" + resourceType + "|" + resourceId;
  }

  static List<Permission> permissionsOf(String group, Resource resource, String resourceId) {
    return GRANTS.stream()
        .filter(grant -> grant.covers(group, resource, resourceId))
        .flatMap(grant -> Arrays.stream(grant.permissions()))
        .distinct()
        .toList();
  }

  private void ensureTasklistFilter() {
    if (filters.createFilterQuery().filterName(TASKLIST_FILTER).count() == 0) {
      Filter filter = filters.newTaskFilter(TASKLIST_FILTER);
      filter.setQuery(tasks.createTaskQuery());
      filter.setProperties(Map.of("description", "Every task you may work on", "priority", -10));
      filters.saveFilter(filter);
    }
  }

}
