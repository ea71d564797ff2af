package io.closedloop.cases;

import io.closedloop.identity.Role;
import io.closedloop.identity.Teams;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who may own a team's cases: an existing user who is a member of the team and works cases (an
 * agent, a manager or an admin). Every way a case gets an owner asks this one rule: an
 * assignment, a task given to someone in Tasklist, and the account owner named at intake.
 */
@Component
public class CaseOwners {

  private static final List<Role> CASE_WORKING_ROLES = List.of(Role.AGENT, Role.MANAGER, Role.ADMIN);

  private final Teams teams;

  CaseOwners(Teams teams) {
    this.teams = teams;
  }

  /** Why {@code user} may not own cases of {@code team}, or empty when they may. */
  public Optional<String> whyCannotOwn(String user, String team) {
    if (user == null || user.isBlank()) {
      return Optional.of("is required");
    }
    if (!teams.exists(user)) {
      return Optional.of("'" + user + "' is not a user of ClosedLoop");
    }
    if (team == null || !teams.isMember(user, team)) {
      return Optional.of("'" + user + "' is not a member of the case's team " + team);
    }
    if (CASE_WORKING_ROLES.stream().noneMatch(role -> teams.isMember(user, role.groupId()))) {
      return Optional.of("'" + user + "' does not work cases (only agents, managers and admins do)");
    }
    return Optional.empty();
  }
}
