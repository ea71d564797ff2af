package io.closedloop.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;

/**
 * Checks user name and password against the process engine's identity service, which also
 * delays and locks repeated failed logins, and grants the user's groups as authorities.
 */
class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identity;

  EngineIdentityAuthenticationProvider(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isBlank() || credentials == null || !identity.checkPassword(userId, credentials.toString())) {
      throw new BadCredentialsException("Bad credentials");
    }
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    User principal = new User(userId, "", Authorities.ofGroups(groups));
    return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
