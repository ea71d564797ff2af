package io.closedloop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.IntegrationTest;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** In the engine's own directory, teams list as they always did: the demo teams and the teams created since, no role groups. */
@IntegrationTest
class TeamsIT {

  @Autowired
  Teams teams;
  @Autowired
  Directory directory;
  @Autowired
  IdentityService identity;

  private final String team = "teams-it-" + UUID.randomUUID().toString().substring(0, 8);

  @AfterEach
  void deleteTeam() {
    identity.deleteGroup(team);
  }

  @Test
  void lists_the_demo_teams_and_no_role_group() {
    assertThat(teams.all()).contains("customer-service", "cx-leads")
        .doesNotContain("agent", "manager", "designer", "leadership", "admin", "kiosk", Directory.CAMUNDA_ADMIN_GROUP);
  }

  @Test
  void lists_a_team_created_in_the_directory_in_order_of_its_id() {
    directory.ensureGroup(team, "Teams test", Directory.TEAM);

    assertThat(teams.all()).contains(team).isSorted();
  }

  @Test
  void lists_a_group_made_in_the_camunda_admin_webapp_as_a_team_too() {
    Group group = identity.newGroup(team);
    group.setName("Made in Camunda Admin");
    group.setType(Groups.GROUP_TYPE_WORKFLOW);
    identity.saveGroup(group);

    assertThat(teams.all()).contains(team);
  }
}
