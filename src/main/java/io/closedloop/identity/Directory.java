package io.closedloop.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Users, teams and role groups in the engine's identity service (the default profile's directory). */
@Component
public class Directory {

  /** The group the Camunda Admin webapp treats as administrators. */
  public static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";
  /** The group type of the teams created here; teams are told by {@link TeamGroups}, as Keycloak's groups have no such type. */
  public static final String TEAM = "TEAM";
  /** The group type of roles. */
  public static final String ROLE = "ROLE";

  private final IdentityService identity;
  private final AuthenticationCache authentications;

  Directory(IdentityService identity, AuthenticationCache authentications) {
    this.identity = identity;
    this.authentications = authentications;
  }

  /** False when users and groups come from elsewhere (Keycloak) and the engine only reads them. */
  public boolean isWritable() {
    return !identity.isReadOnly();
  }

  public void ensureRoleGroups() {
    for (Role role : Role.values()) {
      ensureGroup(role.groupId(), capitalized(role.groupId()), ROLE);
    }
    ensureGroup(CAMUNDA_ADMIN_GROUP, "Camunda administrators", "SYSTEM");
  }

  public void ensureGroup(String id, String name, String type) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
    }
  }

  /** Creates the user unless it exists, and makes it a member of each group. */
  public void ensureUser(String id, String firstName, String lastName, String email, String password, List<String> groups) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(email);
      user.setPassword(password);
      identity.saveUser(user);
      authentications.forget(id);
    }
    for (String group : groups) {
      if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
        identity.createMembership(id, group);
        authentications.forget(id);
      }
    }
  }

  /** Makes a user a member of a group; false when the user does not exist. */
  public boolean addMember(String userId, String groupId) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      return false;
    }
    if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(userId, groupId);
      authentications.forget(userId);
    }
    return true;
  }

  public void removeMember(String userId, String groupId) {
    identity.deleteMembership(userId, groupId);
    authentications.forget(userId);
  }

  /** Every user id, sorted. */
  public List<String> users() {
    return identity.createUserQuery().orderByUserId().asc().list().stream().map(User::getId).toList();
  }

  public boolean hasAdministrator() {
    return identity.createUserQuery().memberOfGroup(Role.ADMIN.groupId()).count() > 0;
  }

  public List<String> membersOf(String groupId) {
    return identity.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId).toList();
  }

  public List<String> groupsOf(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
