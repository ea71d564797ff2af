package io.closedloop.identity;

import io.closedloop.notifications.StaffContacts;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Staff mail addresses and teams from the engine's identity service (the local directory, or Keycloak through it). */
@Component
class DirectoryStaffContacts implements StaffContacts {

  private final IdentityService identity;

  DirectoryStaffContacts(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public Optional<String> emailOf(String userId) {
    User user = userId == null ? null : identity.createUserQuery().userId(userId).singleResult();
    return Optional.ofNullable(user).map(User::getEmail).map(String::strip).filter(email -> !email.isEmpty());
  }

  @Override
  public List<String> teamsOf(String userId) {
    if (userId == null) {
      return List.of();
    }
    return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).filter(TeamGroups::isTeam)
        .sorted().toList();
  }
}
