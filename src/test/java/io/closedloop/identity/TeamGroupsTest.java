package io.closedloop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A group is a team unless it is a role group or the Camunda administrators, whatever its type. */
class TeamGroupsTest {

  @Test
  void a_group_that_is_no_role_is_a_team() {
    assertThat(TeamGroups.isTeam("customer-service")).isTrue();
    assertThat(TeamGroups.isTeam("returns-desk")).isTrue();
  }

  @Test
  void no_role_group_is_a_team() {
    assertThat(Arrays.stream(Role.values()).map(Role::groupId)).noneMatch(TeamGroups::isTeam);
  }

  @Test
  void the_camunda_administrators_are_no_team() {
    assertThat(TeamGroups.isTeam(Directory.CAMUNDA_ADMIN_GROUP)).isFalse();
  }

  @Test
  void no_group_is_no_team() {
    assertThat(TeamGroups.isTeam(null)).isFalse();
  }
}
