package io.closedloop.demo;

import io.closedloop.identity.Directory;
import io.closedloop.identity.Role;
import java.util.List;
import org.springframework.stereotype.Component;

/** The demo users of the documentation; each one's password is the user name. A read-only directory (Keycloak) has its own. */
@Component
class DemoUsers {

  static final String CUSTOMER_SERVICE = "customer-service";
  static final String CX_LEADS = "cx-leads";

  private final Directory directory;

  DemoUsers(Directory directory) {
    this.directory = directory;
  }

  void create() {
    if (!directory.isWritable()) {
      return;
    }
    directory.ensureRoleGroups();
    directory.ensureGroup(CUSTOMER_SERVICE, "Customer service", Directory.TEAM);
    directory.ensureGroup(CX_LEADS, "Customer experience leads", Directory.TEAM);
    user("alice", "Alice", "Agent", Role.AGENT.groupId(), CUSTOMER_SERVICE);
    user("bob", "Bob", "Agent", Role.AGENT.groupId(), CUSTOMER_SERVICE);
    user("mike", "Mike", "Manager", Role.MANAGER.groupId(), CUSTOMER_SERVICE);
    user("helen", "Helen", "Head of Customer Experience", Role.MANAGER.groupId(), CX_LEADS);
    user("dana", "Dana", "Designer", Role.DESIGNER.groupId());
    user("lea", "Lea", "Leadership", Role.LEADERSHIP.groupId());
    user("admin", "Ada", "Admin", Role.ADMIN.groupId(), Directory.CAMUNDA_ADMIN_GROUP);
    user("wall", "Office", "Wall screen", Role.KIOSK.groupId());
  }

  private void user(String id, String firstName, String lastName, String... groups) {
    directory.ensureUser(id, firstName, lastName, id + "@demo.closedloop.io", id, List.of(groups));
  }
}
