package io.closedloop.identity.keycloak;

import io.closedloop.identity.Authorities;
import io.closedloop.identity.ClientScope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Reads a Keycloak token's claims as authorities: each group in {@code groups} (teams and role
 * groups) and each realm role in {@code realm_access.roles} is a group to ClosedLoop. A service
 * account holds a {@link ClientScope} either as a client scope of that name (in the space-separated
 * {@code scope} claim) or as the realm role of that name (the realms define them); either grants the
 * scope's authority, as one of ClosedLoop's own API clients has it.
 */
final class KeycloakAuthorities {

  static final String USER_NAME_CLAIM = "preferred_username";

  private KeycloakAuthorities() {}

  static List<GrantedAuthority> of(Map<String, Object> claims) {
    Set<String> groups = new LinkedHashSet<>();
    Set<ClientScope> scopes = new LinkedHashSet<>();
    if (claims.get("groups") instanceof Collection<?> names) {
      names.forEach(name -> groups.add(withoutLeadingSlash(name.toString())));
    }
    if (claims.get("realm_access") instanceof Map<?, ?> realmAccess && realmAccess.get("roles") instanceof Collection<?> roles) {
      for (Object role : roles) {
        ClientScope.of(role.toString()).ifPresentOrElse(scopes::add, () -> groups.add(role.toString()));
      }
    }
    if (claims.get("scope") instanceof String scope) {
      Arrays.stream(scope.split(" ")).map(ClientScope::of).flatMap(Optional::stream).forEach(scopes::add);
    }
    List<GrantedAuthority> authorities = new ArrayList<>(Authorities.ofGroups(groups));
    scopes.forEach(scope -> authorities.add(new SimpleGrantedAuthority(scope.authority())));
    return authorities;
  }

  private static String withoutLeadingSlash(String group) {
    return group.startsWith("/") ? group.substring(1) : group;
  }
}
