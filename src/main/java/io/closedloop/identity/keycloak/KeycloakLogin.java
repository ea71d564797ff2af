package io.closedloop.identity.keycloak;

import io.closedloop.identity.BearerTokens;
import io.closedloop.identity.LoginMethod;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * The {@code keycloak} profile's login: OIDC authorization code for pages, JWT bearer tokens for the
 * API (a person's, or a service account's with its scopes), and the tokens of ClosedLoop's own
 * machine clients ({@link BearerTokens}).
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
class KeycloakLogin implements LoginMethod {

  private final ClientRegistrationRepository clients;
  private final BearerTokens bearerTokens;
  private final JwtDecoder jwtDecoder;

  KeycloakLogin(ClientRegistrationRepository clients, BearerTokens bearerTokens, JwtDecoder jwtDecoder) {
    this.clients = clients;
    this.bearerTokens = bearerTokens;
    this.jwtDecoder = jwtDecoder;
  }

  @Override
  public void api(HttpSecurity http) throws Exception {
    JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
    tokens.setPrincipalClaimName(KeycloakAuthorities.USER_NAME_CLAIM);
    tokens.setJwtGrantedAuthoritiesConverter(jwt -> KeycloakAuthorities.of(jwt.getClaims()));
    JwtAuthenticationProvider keycloakTokens = new JwtAuthenticationProvider(jwtDecoder);
    keycloakTokens.setJwtAuthenticationConverter(tokens);
    http.oauth2ResourceServer(server -> server.authenticationManagerResolver(bearerTokens.withOthers(List.of(keycloakTokens))));
  }

  @Override
  public void pages(HttpSecurity http) throws Exception {
    http.oauth2Login(login -> login
        .loginPage("/oauth2/authorization/keycloak")
        .authorizationEndpoint(authorization -> authorization.authorizationRequestResolver(withProofKey()))
        .defaultSuccessUrl("/", false)
        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new GroupsAsAuthorities())));
  }

  /** Authorization requests with PKCE, which the realm's client requires. */
  private OAuth2AuthorizationRequestResolver withProofKey() {
    DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(clients,
        OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
    resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
    return resolver;
  }

  /** Loads the OIDC user and grants its Keycloak groups and realm roles as authorities. */
  private static final class GroupsAsAuthorities extends OidcUserService {
    @Override
    public OidcUser loadUser(OidcUserRequest request) {
      OidcUser user = super.loadUser(request);
      return new DefaultOidcUser(KeycloakAuthorities.of(user.getClaims()), user.getIdToken(), user.getUserInfo(),
          KeycloakAuthorities.USER_NAME_CLAIM);
    }
  }
}
