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
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks user name and password against the process engine's identity service and grants the
 * user's groups as authorities. A recent success with the same password is taken from the
 * {@link AuthenticationCache}. Before either, the {@link LoginThrottle} may refuse the attempt
 * because of recent failures from the same client address; the engine itself never delays or
 * locks anyone (see {@code application.yml}).
 */
class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identity;
  private final AuthenticationCache cache;
  private final LoginThrottle throttle;

  EngineIdentityAuthenticationProvider(IdentityService identity, AuthenticationCache cache, LoginThrottle throttle) {
    this.identity = identity;
    this.cache = cache;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isBlank() || credentials == null) {
      throw new BadCredentialsException("Bad credentials");
    }
    String password = credentials.toString();
    LoginThrottle.Attempt attempt = throttle.admit(userId, clientAddressOf(authentication));
    List<GrantedAuthority> authorities;
    try {
      authorities = cache.authoritiesOf(userId, password).orElseGet(() -> checkedByEngine(userId, password));
    } catch (BadCredentialsException wrongPassword) {
      throttle.failed(attempt);
      throw wrongPassword;
    } catch (RuntimeException notChecked) {
      throttle.abandoned(attempt);
      throw notChecked;
    }
    throttle.succeeded(attempt);
    User principal = new User(userId, "", authorities);
    return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
  }

  /** Set by both HTTP Basic and the login form; without it, all such attempts share one address. */
  private static String clientAddressOf(Authentication authentication) {
    return authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
        ? details.getRemoteAddress()
        : "unknown";
  }

  private List<GrantedAuthority> checkedByEngine(String userId, String password) {
    if (!identity.checkPassword(userId, password)) {
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
