package io.closedloop.identity.keycloak;

import io.closedloop.identity.Authorities;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;

/**
 * Reads a Keycloak token's claims as authorities: each group in {@code groups} (teams and role
 * groups) and each realm role in {@code realm_access.roles} is a group to ClosedLoop.
 */
final class KeycloakAuthorities {

  static final String USER_NAME_CLAIM = "preferred_username";

  private KeycloakAuthorities() {}

  static List<GrantedAuthority> of(Map<String, Object> claims) {
    Set<String> groups = new LinkedHashSet<>();
    if (claims.get("groups") instanceof Collection<?> names) {
      names.forEach(name -> groups.add(withoutLeadingSlash(name.toString())));
    }
    if (claims.get("realm_access") instanceof Map<?, ?> realmAccess && realmAccess.get("roles") instanceof Collection<?> roles) {
      roles.forEach(role -> groups.add(role.toString()));
    }
    return Authorities.ofGroups(groups);
  }

  private static String withoutLeadingSlash(String group) {
    return group.startsWith("/") ? group.substring(1) : group;
  }
}
