package io.closedloop.identity;

/**
 * Which groups are teams: every group that is neither a role group ({@link Role}) nor the Camunda
 * administrators. Told by the group's id, because that holds in both directories: Keycloak's
 * identity plugin gives its groups only the types {@code WORKFLOW} and {@code SYSTEM} and no
 * attributes, so neither a group type nor a Keycloak attribute could say it.
 */
public final class TeamGroups {

  private TeamGroups() {}

  public static boolean isTeam(String groupId) {
    return groupId != null && Role.ofGroup(groupId).isEmpty() && !Directory.CAMUNDA_ADMIN_GROUP.equals(groupId);
  }
}
