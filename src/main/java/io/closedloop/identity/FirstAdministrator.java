package io.closedloop.identity;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure the role groups exist, and creates the first administrator from configuration
 * when there is none. No password is ever made up: without one configured, nobody is created.
 */
@Component
@Order(20)
class FirstAdministrator implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

  private final Directory directory;
  private final DirectoryProperties properties;

  FirstAdministrator(Directory directory, DirectoryProperties properties) {
    this.directory = directory;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!directory.isWritable()) {
      return;
    }
    directory.ensureRoleGroups();
    if (directory.hasAdministrator()) {
      return;
    }
    if (properties.username() == null || properties.password() == null || properties.password().isBlank()) {
      log.warn("No administrator exists. Set CLOSEDLOOP_ADMIN_USERNAME and CLOSEDLOOP_ADMIN_PASSWORD to create the first one.");
      return;
    }
    directory.ensureUser(properties.username(), "Administrator", "", null, properties.password(),
        List.of(Role.ADMIN.groupId(), Directory.CAMUNDA_ADMIN_GROUP));
    log.info("Created the first administrator '{}' from configuration", properties.username());
  }
}
