package io.closedloop.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a page session's rights current: when the user's groups or existence changed since the
 * session last checked ({@link IdentityChanges}), or the check is older than {@code maxAge} (for
 * directories that change without telling us, such as Keycloak), or it was checked on another node
 * (sessions are shared), the user's groups are read again before the request is authorized. A deleted user's session ends; a user who lost a group
 * loses its rights on the very next request.
 */
class FreshAuthorities extends OncePerRequestFilter {

  static final String CHECKED_AT = FreshAuthorities.class.getName() + ".generation";
  static final String CHECKED_WHEN = FreshAuthorities.class.getName() + ".time";
  static final String CHECKED_ON = FreshAuthorities.class.getName() + ".node";

  private final IdentityService identity;
  private final IdentityChanges changes;
  private final Duration maxAge;
  private final Clock clock;
  private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

  FreshAuthorities(IdentityService identity, IdentityChanges changes, Duration maxAge, Clock clock) {
    this.identity = identity;
    this.changes = changes;
    this.maxAge = maxAge;
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    HttpSession session = request.getSession(false);
    if (session != null && authentication != null && authentication.isAuthenticated()
        && !(authentication instanceof AnonymousAuthenticationToken) && isStale(session, authentication.getName())) {
      long generation = changes.current();
      if (identity.createUserQuery().userId(authentication.getName()).count() == 0) {
        SecurityContextHolder.clearContext();
        session.invalidate();
      } else {
        List<String> groups = identity.createGroupQuery().groupMember(authentication.getName()).list().stream().map(Group::getId).toList();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(withAuthorities(authentication, Authorities.ofGroups(groups)));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        forgetWebappAuthentications(session);
        session.setAttribute(CHECKED_AT, generation);
        session.setAttribute(CHECKED_WHEN, clock.millis());
        session.setAttribute(CHECKED_ON, changes.node());
      }
    }
    chain.doFilter(request, response);
  }

  /** The Camunda webapps keep their own copy of the user's groups in the session; the next webapp request makes it anew. */
  private static void forgetWebappAuthentications(HttpSession session) {
    Authentications webapps = AuthenticationUtil.getAuthsFromSession(session);
    for (UserAuthentication authentication : List.copyOf(webapps.getAuthentications())) {
      webapps.removeByEngineName(authentication.getProcessEngineName());
    }
    AuthenticationUtil.updateSession(session, webapps);
  }

  private boolean isStale(HttpSession session, String userId) {
    Long checkedAt = (Long) session.getAttribute(CHECKED_AT);
    Long checkedWhen = (Long) session.getAttribute(CHECKED_WHEN);
    return checkedAt == null || checkedWhen == null || !changes.node().equals(session.getAttribute(CHECKED_ON))
        || changes.changedSince(userId, checkedAt)
        || clock.millis() - checkedWhen > maxAge.toMillis();
  }

  private static Authentication withAuthorities(Authentication authentication, List<GrantedAuthority> authorities) {
    if (authentication instanceof OAuth2AuthenticationToken oauth) {
      return new OAuth2AuthenticationToken(oauth.getPrincipal(), authorities, oauth.getAuthorizedClientRegistrationId());
    }
    UsernamePasswordAuthenticationToken refreshed = UsernamePasswordAuthenticationToken.authenticated(authentication.getPrincipal(), null,
        authorities);
    refreshed.setDetails(authentication.getDetails());
    return refreshed;
  }
}
