package io.closedloop.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Turns group memberships into Spring authorities: {@code ROLE_x} for role groups, {@code GROUP_id} for every group. */
public final class Authorities {

  /** The prefix of the authority that says a user belongs to a group (a team, usually). */
  public static final String GROUP_PREFIX = "GROUP_";

  private Authorities() {}

  public static List<GrantedAuthority> ofGroups(Collection<String> groupIds) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    for (String groupId : groupIds) {
      authorities.add(new SimpleGrantedAuthority(GROUP_PREFIX + groupId));
      Role.ofGroup(groupId).ifPresent(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
    }
    return authorities;
  }

  /** The groups that are teams ({@link TeamGroups}). */
  public static List<String> teamIds(Collection<? extends GrantedAuthority> authorities) {
    return groupIds(authorities).stream().filter(TeamGroups::isTeam).toList();
  }

  public static List<String> groupIds(Collection<? extends GrantedAuthority> authorities) {
    return authorities.stream()
        .map(GrantedAuthority::getAuthority)
        .filter(authority -> authority.startsWith(GROUP_PREFIX))
        .map(authority -> authority.substring(GROUP_PREFIX.length()))
        .toList();
  }
}
