package io.closedloop.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The roles of ClosedLoop's users. Each is a group of the same id; members get the authority {@code ROLE_<NAME>}. */
public enum Role {
  AGENT, MANAGER, DESIGNER, LEADERSHIP, ADMIN, KIOSK;

  public String groupId() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String authority() {
    return "ROLE_" + name();
  }

  public static Optional<Role> ofGroup(String groupId) {
    return Arrays.stream(values()).filter(role -> role.groupId().equals(groupId)).findFirst();
  }
}
