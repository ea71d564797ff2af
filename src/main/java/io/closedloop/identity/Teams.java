package io.closedloop.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Who is in which team, read from the engine's identity service (so it works the same with
 * the embedded directory and with Keycloak groups). A team's managers are its members in the
 * manager role.
 */
@Component
public class Teams {

  private final IdentityService identity;

  Teams(IdentityService identity) {
    this.identity = identity;
  }

  /** Every team ({@link TeamGroups}), by id. */
  public List<String> all() {
    return identity.createGroupQuery().list().stream().map(Group::getId).filter(TeamGroups::isTeam).sorted().toList();
  }

  public List<String> membersOf(String group) {
    if (group == null) {
      return List.of();
    }
    return identity.createUserQuery().memberOfGroup(group).list().stream().map(User::getId).sorted().toList();
  }

  /** The managers who are members of the team: the managers first (few), then which of them are in it. */
  public List<String> managersOf(String team) {
    List<String> managers = membersOf(Role.MANAGER.groupId());
    if (team == null || managers.isEmpty()) {
      return List.of();
    }
    return identity.createUserQuery().memberOfGroup(team).userIdIn(managers.toArray(String[]::new)).list().stream()
        .map(User::getId).sorted().toList();
  }

  public boolean isMember(String user, String group) {
    return user != null && group != null && identity.createUserQuery().userId(user).memberOfGroup(group).count() > 0;
  }

  public boolean exists(String user) {
    return user != null && identity.createUserQuery().userId(user).count() > 0;
  }
}
