package io.closedloop.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Bearer tokens on the API, in both profiles: a token of one of our {@link MachineClients} is
 * checked against the stored clients (at every request, so a revoked token is refused at once);
 * in the {@code keycloak} profile any other bearer token goes to the JWT provider the profile adds.
 */
@Component
public class BearerTokens {

  private final MachineClients clients;

  BearerTokens(MachineClients clients) {
    this.clients = clients;
  }

  /** Machine clients only: the default profile's bearer tokens. */
  public AuthenticationManagerResolver<HttpServletRequest> machineClients() {
    return withOthers(List.of());
  }

  /** Machine clients first, then {@code others} for every bearer token that is not ours. */
  public AuthenticationManagerResolver<HttpServletRequest> withOthers(List<AuthenticationProvider> others) {
    List<AuthenticationProvider> providers = new ArrayList<>();
    providers.add(new MachineClientProvider(clients));
    providers.addAll(others);
    AuthenticationManager manager = new ProviderManager(providers);
    return request -> manager;
  }

  /** Authenticates a bearer token that starts with {@link MachineClients#TOKEN_PREFIX}; leaves any other to the next provider. */
  private record MachineClientProvider(MachineClients clients) implements AuthenticationProvider {

    @Override
    public Authentication authenticate(Authentication authentication) {
      String token = ((BearerTokenAuthenticationToken) authentication).getToken();
      if (!token.startsWith(MachineClients.TOKEN_PREFIX)) {
        return null;
      }
      MachineClients.Client client = clients.authenticate(token)
          .orElseThrow(() -> new InvalidBearerTokenException("Unknown or revoked token"));
      List<GrantedAuthority> authorities = client.scopes().stream()
          .map(scope -> (GrantedAuthority) new SimpleGrantedAuthority(scope.authority())).toList();
      User principal = new User(client.principal(), "", authorities);
      return new MachineClientAuthentication(principal, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
      return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }
  }

  /** A request of a machine client: its name and its scopes' authorities, no roles and no groups. */
  static final class MachineClientAuthentication extends AbstractAuthenticationToken {

    private final User principal;

    MachineClientAuthentication(User principal, List<GrantedAuthority> authorities) {
      super(authorities);
      this.principal = principal;
      setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
      return null;
    }

    @Override
    public Object getPrincipal() {
      return principal;
    }

    @Override
    public String getName() {
      return principal.getUsername();
    }
  }
}
