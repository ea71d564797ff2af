package io.closedloop.identity;

import java.util.List;
import java.util.Optional;

/** Where staff members are reached outside ClosedLoop and which teams they are in (the local directory, or Keycloak through it). */
public interface StaffContacts {

  /** The user's mail address, if the directory has one. */
  Optional<String> emailOf(String userId);

  /** The user's teams, sorted; empty for a user in no team. */
  List<String> teamsOf(String userId);
}
