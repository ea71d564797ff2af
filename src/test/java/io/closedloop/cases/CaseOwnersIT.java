package io.closedloop.cases;

import static io.closedloop.support.CaseJson.timelineDetails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.closedloop.support.Api;
import io.closedloop.support.Detractors;
import io.closedloop.support.IntegrationTest;
import io.closedloop.support.Pages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.WebApplicationContext;

/**
 * A case is owned only by someone who may own its team's cases: an assignment to a stranger or to
 * another team's agent is refused naming {@code owner} and changes nothing; an account owner named
 * at intake who may not own the routed case leaves it in the team's queue, with a warning.
 */
@IntegrationTest
class CaseOwnersIT {

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identity;

  @Autowired
  WebApplicationContext context;

  private final String otherTeam = "owners-it-" + UUID.randomUUID().toString().substring(0, 8);
  /** An agent of another team: the one the findings made owner of a customer-service case. */
  private final String otherAgent = "agent-" + UUID.randomUUID().toString().substring(0, 8);
  private final String stranger = "nobody-" + UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void anAgentOfAnotherTeam() {
    Group group = identity.newGroup(otherTeam);
    group.setName("Another team");
    identity.saveGroup(group);
    User user = identity.newUser(otherAgent);
    user.setPassword(otherAgent);
    identity.saveUser(user);
    identity.createMembership(otherAgent, "agent");
    identity.createMembership(otherAgent, otherTeam);
  }

  @AfterEach
  void removeThem() {
    identity.deleteUser(otherAgent);
    identity.deleteGroup(otherTeam);
  }

  @Test
  void an_assignment_to_a_user_who_does_not_exist_is_a_400_naming_the_owner_and_changes_nothing() {
    String caseId = Detractors.newCase(port, 4, null, "Stranger " + UUID.randomUUID());

    ResponseEntity<Map> refused = assign(caseId, stranger);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(errors(refused)).singleElement().satisfies(error -> {
      assertThat(error.get("field")).isEqualTo("owner");
      assertThat((String) error.get("message")).contains(stranger, "not a user");
    });
    Map<?, ?> unchanged = caseOf(caseId);
    assertThat(unchanged.get("owner")).isNull();
    assertThat(unchanged.get("status")).isEqualTo("OPEN");
    assertThat(unchanged.get("timeline").toString()).doesNotContain("ASSIGNED", stranger);
  }

  @Test
  void an_assignment_to_an_agent_of_another_team_is_a_400_naming_the_owner_and_the_owner_stays() {
    String caseId = Detractors.newCase(port, 4, null, "Other Team " + UUID.randomUUID());
    Api.as("alice", port).postForEntity("/api/cases/{id}/claim", null, Map.class, caseId);

    ResponseEntity<Map> refused = assign(caseId, otherAgent);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(refused)).extracting(error -> error.get("field")).containsExactly("owner");
    assertThat((String) errors(refused).get(0).get("message")).contains("not a member of the case's team customer-service");
    Map<?, ?> unchanged = caseOf(caseId);
    assertThat(unchanged.get("owner")).isEqualTo("alice");
    assertThat(unchanged.get("timeline").toString()).doesNotContain("REASSIGNED", otherAgent);
  }

  @Test
  void an_assignment_to_a_member_of_the_team_who_works_cases_still_succeeds() {
    String caseId = Detractors.newCase(port, 4, null, "Member " + UUID.randomUUID());

    assertThat(assign(caseId, "bob").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(caseOf(caseId).get("owner")).isEqualTo("bob");
  }

  @Test
  void the_team_board_assigns_none_of_the_chosen_cases_to_someone_outside_the_team() throws Exception {
    String first = Detractors.newCase(port, 5, null, "Board One " + UUID.randomUUID());
    String second = Detractors.newCase(port, 5, null, "Board Two " + UUID.randomUUID());
    Pages pages = new Pages(context);

    pages.mvc().perform(post("/team/assignments").param("caseId", first, second).param("owner", otherAgent)
            .param("team", "customer-service").with(pages.as("mike")).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(Matchers.containsString("Not assigned: owner: &#39;" + otherAgent + "&#39; is not a member")));

    assertThat(caseOf(first).get("owner")).isNull();
    assertThat(caseOf(second).get("owner")).isNull();
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_detractor_naming_an_agent_of_another_team_as_account_owner_is_stored_in_the_team_queue_with_a_warning() {
    ResponseEntity<Map> received = receive(otherAgent);

    assertThat(received.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    List<Map<String, Object>> warnings = (List<Map<String, Object>>) received.getBody().get("warnings");
    assertThat(warnings).singleElement().satisfies(warning -> {
      assertThat(warning.get("field")).isEqualTo("customer.accountOwner");
      assertThat((String) warning.get("message")).contains(otherAgent, "not a member of the case's team customer-service", "queue");
    });
    Map<?, ?> queued = caseOf((String) received.getBody().get("caseId"));
    assertThat(queued.get("owner")).isNull();
    assertThat(queued.get("status")).isEqualTo("OPEN");
    assertThat(timelineDetails(queued)).anySatisfy(detail -> assertThat(detail).contains("does not own the case"))
        .noneSatisfy(detail -> assertThat(detail).contains("Owned by the account owner"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_detractor_naming_an_unknown_account_owner_is_stored_in_the_team_queue_with_a_warning() {
    ResponseEntity<Map> received = receive(stranger);

    assertThat(received.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat((List<Map<String, Object>>) received.getBody().get("warnings"))
        .extracting(warning -> warning.get("field")).containsExactly("customer.accountOwner");
    assertThat(caseOf((String) received.getBody().get("caseId")).get("owner")).isNull();
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_detractor_naming_a_team_agent_as_account_owner_gives_them_the_case_without_a_warning() {
    ResponseEntity<Map> received = receive("alice");

    assertThat((List<?>) received.getBody().get("warnings")).isEmpty();
    assertThat(caseOf((String) received.getBody().get("caseId")).get("owner")).isEqualTo("alice");
  }

  private ResponseEntity<Map> receive(String accountOwner) {
    String externalId = "owners-it-" + UUID.randomUUID();
    Map<String, Object> customer = new HashMap<>(Map.of("externalId", "customer-" + externalId, "name", "Owner Test",
        "accountOwner", accountOwner));
    return Api.as("admin", port).postForEntity("/api/responses",
        Map.of("externalId", externalId, "score", 1, "touchpoint", "website", "customer", customer), Map.class);
  }

  private ResponseEntity<Map> assign(String caseId, String owner) {
    return Api.as("mike", port).postForEntity("/api/cases/{id}/assignment", Map.of("owner", owner, "reason", "test"), Map.class, caseId);
  }

  private Map<?, ?> caseOf(String caseId) {
    return Api.as("admin", port).getForObject("/api/cases/{id}", Map.class, caseId);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> errors(ResponseEntity<Map> answer) {
    return (List<Map<String, Object>>) answer.getBody().get("errors");
  }
}
