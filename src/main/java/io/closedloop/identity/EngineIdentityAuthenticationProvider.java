package io.closedloop.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * Checks user name and password against the process engine's identity service, which also
 * delays and locks repeated failed logins, and grants the user's groups as authorities. A
 * recent success with the same password is taken from the {@link AuthenticationCache}.
 */
class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identity;
  private final AuthenticationCache cache;

  EngineIdentityAuthenticationProvider(IdentityService identity, AuthenticationCache cache) {
    this.identity = identity;
    this.cache = cache;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isBlank() || credentials == null) {
      throw new BadCredentialsException("Bad credentials");
    }
    String password = credentials.toString();
    List<GrantedAuthority> authorities = cache.authoritiesOf(userId, password).orElseGet(() -> checkedByEngine(userId, password));
    User principal = new User(userId, "", authorities);
    return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
  }

  private List<GrantedAuthority> checkedByEngine(String userId, String password) {
    if (!identity.checkPassword(userId, password)) {
      cache.forget(userId);
      throw new BadCredentialsException("Bad credentials");
    }
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    List<GrantedAuthority> authorities = Authorities.ofGroups(groups);
    cache.remember(userId, password, authorities);
    return authorities;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
