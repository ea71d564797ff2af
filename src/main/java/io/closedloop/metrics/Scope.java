package io.closedloop.metrics;

import java.util.List;

/**
 * Whose figures a reader sees: {@code teams} null for every team, else only those teams (a
 * manager's own, or one team picked as a filter); {@code totalsOnly} for the wall screen, which
 * sees totals and trends but no cut by person or code and no lists.
 */
public record Scope(List<String> teams, boolean totalsOnly) {

  public static final Scope EVERYTHING = new Scope(null, false);

  public Scope {
    teams = teams == null ? null : List.copyOf(teams);
  }

  public boolean allTeams() {
    return teams == null;
  }

  /** Narrows to one team; a team outside this scope leaves nothing to see. */
  public Scope onlyTeam(String team) {
    if (team == null || team.isBlank()) {
      return this;
    }
    return new Scope(allTeams() || teams.contains(team) ? List.of(team) : List.of(), totalsOnly);
  }
}
