package io.closedloop.cases.web;

import io.closedloop.cases.CaseFilter;
import io.closedloop.cases.CaseSettings;
import io.closedloop.cases.DetractorCase;
import io.closedloop.identity.Authorities;
import io.closedloop.identity.ClientScope;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Row-level rules of the case API: leadership, designers, admins and machine clients with the scope
 * {@code cases:read} read every case; agents and
 * managers read their own teams' cases (and cases they own), and the head of customer experience
 * the alarming cases and those escalated to level 2; managers assign within their teams.
 */
@Component
class CasePermissions {

  private final CaseSettings settings;

  CasePermissions(CaseSettings settings) {
    this.settings = settings;
  }

  /** Members of the head-of-customer-experience group get the alarms and level-2 escalations of every team, and may read those cases. */
  boolean receivesLevelTwo(Authentication user) {
    return Authorities.groupIds(user.getAuthorities()).contains(settings.headOfCustomerExperienceGroup());
  }

  boolean seesAll(Authentication user) {
    return has(user, "ROLE_ADMIN") || has(user, "ROLE_LEADERSHIP") || has(user, "ROLE_DESIGNER")
        || has(user, ClientScope.CASES_READ.authority());
  }

  CaseFilter visibleTo(Authentication user, CaseFilter filter) {
    return seesAll(user) ? filter : filter.visibleTo(new CaseFilter.Visibility(teams(user), user.getName()));
  }

  void ensureCanRead(Authentication user, DetractorCase detractorCase) {
    boolean escalatedToMe = (detractorCase.getEscalationLevel() >= 2 || detractorCase.isAlarming()) && receivesLevelTwo(user);
    if (!seesAll(user) && !escalatedToMe && !teams(user).contains(detractorCase.getTeam()) && !user.getName().equals(detractorCase.getOwner())) {
      throw new AccessDeniedException("Not a case of your teams");
    }
  }

  boolean canAssign(Authentication user, DetractorCase detractorCase) {
    return canManage(user, detractorCase.getTeam());
  }

  /** Managers manage their own teams; admins every team. */
  boolean canManage(Authentication user, String team) {
    return has(user, "ROLE_ADMIN") || (has(user, "ROLE_MANAGER") && teams(user).contains(team));
  }

  /** The alarm of a case goes to its team's managers and to the head of customer experience (and admins). */
  boolean canReviewAlarm(Authentication user, DetractorCase detractorCase) {
    return canManage(user, detractorCase.getTeam()) || receivesLevelTwo(user);
  }

  /** Those who work cases (agents, managers) and admins record whether a customer may be mailed; readers of cases do not. */
  boolean canChangeMailConsent(Authentication user) {
    return has(user, "ROLE_AGENT") || has(user, "ROLE_MANAGER") || has(user, "ROLE_ADMIN");
  }

  /** Only admins erase a customer's personal data (the route is theirs alone, see identity's access rules). */
  boolean canEraseCustomers(Authentication user) {
    return has(user, "ROLE_ADMIN");
  }

  void ensureCanAssign(Authentication user, DetractorCase detractorCase) {
    if (!canAssign(user, detractorCase)) {
      throw new AccessDeniedException("Only a manager of " + detractorCase.getTeam() + " assigns its cases");
    }
  }

  static List<String> teams(Authentication user) {
    return Authorities.teamIds(user.getAuthorities());
  }

  private static boolean has(Authentication user, String authority) {
    return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
  }
}
