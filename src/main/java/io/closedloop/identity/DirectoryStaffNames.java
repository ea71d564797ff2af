package io.closedloop.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Staff names from the engine's identity service (the local directory, or Keycloak's users through it). */
@Component
class DirectoryStaffNames implements StaffNames {

  private final IdentityService identity;

  DirectoryStaffNames(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public String nameOf(String userId) {
    User user = userId == null ? null : identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? userId : name;
  }
}
