package io.closedloop.metrics.web;

import io.closedloop.identity.Authorities;
import io.closedloop.identity.ClientScope;
import io.closedloop.identity.Role;
import io.closedloop.metrics.Scope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Whose figures a reader sees: leadership, admins and machine clients with the scope {@code metrics:read}
 * every team, managers their own teams, the wall screen totals.
 */
@Component
class MetricsAccess {

  Scope scopeOf(Authentication user, String team) {
    if (has(user, Role.LEADERSHIP) || has(user, Role.ADMIN) || has(user, ClientScope.METRICS_READ.authority())) {
      return Scope.EVERYTHING.onlyTeam(team);
    }
    if (has(user, Role.MANAGER)) {
      return new Scope(Authorities.teamIds(user.getAuthorities()), false).onlyTeam(team);
    }
    if (has(user, Role.KIOSK)) {
      return new Scope(null, true);
    }
    throw new AccessDeniedException("No figures for this user");
  }

  /** The wall screen sees totals and trends; a cut by code or person, or a list, is refused. */
  static void requireDetail(Scope scope) {
    if (scope.totalsOnly()) {
      throw new AccessDeniedException("The wall screen sees totals and trends only");
    }
  }

  private static boolean has(Authentication user, Role role) {
    return has(user, role.authority());
  }

  private static boolean has(Authentication user, String authority) {
    return user.getAuthorities().stream().anyMatch(granted -> authority.equals(granted.getAuthority()));
  }
}
