package io.closedloop.cases;

import io.closedloop.identity.Role;
import io.closedloop.identity.Teams;
import org.springframework.stereotype.Component;

/**
 * Who may act on a team's cases beyond its members, by user id, for the doors where no logged-in
 * authorities are at hand (Tasklist and the engine's REST API): a team's managers and the
 * administrators; for alarms also the head of customer experience.
 */
@Component
public class TeamManagers {

  private final Teams teams;
  private final CaseSettings settings;

  TeamManagers(Teams teams, CaseSettings settings) {
    this.teams = teams;
    this.settings = settings;
  }

  /** Managers assign their teams' cases; admins every team's. */
  public boolean manages(String user, String team) {
    return teams.isMember(user, Role.ADMIN.groupId()) || teams.managersOf(team).contains(user);
  }

  /** An alarm goes to the team's managers and to the head of customer experience (and admins). */
  public boolean reviewsAlarmsOf(String user, String team) {
    return manages(user, team) || teams.isMember(user, settings.headOfCustomerExperienceGroup());
  }
}
