package io.closedloop.identity.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class KeycloakAuthoritiesTest {

  @Test
  void a_service_accounts_client_scopes_grant_the_same_authorities_as_an_api_clients_scopes() {
    assertThat(authorities(Map.of("scope", "profile email metrics:read cases:read")))
        .contains("SCOPE_metrics:read", "SCOPE_cases:read").doesNotContain("SCOPE_profile", "SCOPE_email");
  }

  @Test
  void a_realm_role_named_as_a_scope_grants_that_scope_and_is_no_group() {
    assertThat(authorities(Map.of("realm_access", Map.of("roles", List.of("responses:write", "offline_access")))))
        .contains("SCOPE_responses:write", "GROUP_offline_access").doesNotContain("GROUP_responses:write");
  }

  @Test
  void a_persons_groups_and_roles_are_read_as_before() {
    assertThat(authorities(Map.of("groups", List.of("/customer-service", "agent"), "realm_access", Map.of("roles", List.of("manager")))))
        .contains("GROUP_customer-service", "ROLE_AGENT", "ROLE_MANAGER").noneMatch(authority -> authority.startsWith("SCOPE_"));
  }

  private static List<String> authorities(Map<String, Object> claims) {
    return KeycloakAuthorities.of(claims).stream().map(GrantedAuthority::getAuthority).toList();
  }
}
