package io.closedloop.cases.web;

import static io.closedloop.support.CaseJson.timelineDetails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.closedloop.cases.CaseId;
import io.closedloop.cases.EscalatingCase;
import io.closedloop.support.Api;
import io.closedloop.support.Detractors;
import io.closedloop.support.IntegrationTest;
import io.closedloop.support.Pages;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class TeamPageIT {

  @LocalServerPort
  int port;

  @Autowired
  WebApplicationContext context;

  @Autowired
  EscalatingCase escalating;

  Pages pages;

  @BeforeEach
  void pages() {
    pages = new Pages(context);
  }

  @Test
  void the_board_shows_each_member_of_the_team_the_queue_and_the_alarming_cases() throws Exception {
    String name = "Alarming Board " + UUID.randomUUID().toString().substring(0, 8);
    Detractors.newCase(port, 1, "I will call my lawyer", name);

    String html = pages.mvc().perform(get("/team").with(pages.as("mike"))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();

    assertThat(html).contains("Team board", "<th scope=\"row\">alice</th>", "<th scope=\"row\">bob</th>", "Unclaimed queue",
        "Escalations", "Alarms to review", "data-chart=");
    String alarming = html.substring(html.indexOf("alarming-heading"), html.indexOf("assign-heading"));
    assertThat(alarming).contains(name);
  }

  @Test
  void a_reviewed_alarm_leaves_the_alarms_to_review_and_shows_who_reviewed_it_and_when() throws Exception {
    String name = "Reviewed Alarm " + UUID.randomUUID().toString().substring(0, 8);
    String caseId = Detractors.newCase(port, 1, "I will call my lawyer", name);
    String before = board("mike");
    assertThat(toReview(before)).contains(name);

    pages.mvc().perform(post("/cases/{id}/alarm-review", caseId).param("alarmAction", "Called her myself")
        .with(pages.as("mike")).with(csrf())).andExpect(redirectedUrl("/cases/" + caseId));

    String after = board("mike");
    assertThat(toReview(after)).doesNotContain(name);
    assertThat(waiting(after)).isEqualTo(waiting(before) - 1);
    String reviewed = after.substring(after.indexOf("id=\"reviewed-alarms\""), after.indexOf("assign-heading"));
    assertThat(reviewed).contains(name, "reviewed by mike, ");
  }

  @Test
  void the_head_of_customer_experience_reviews_the_alarms_of_every_team() throws Exception {
    String name = "Alarm For Helen " + UUID.randomUUID().toString().substring(0, 8);
    Detractors.newCase(port, 0, "I will call my lawyer", name);

    String html = board("helen");

    assertThat(toReview(html)).contains("Alarms to review from every team", name);
    assertThat(toReview(board("mike"))).doesNotContain("from every team");
  }

  private String board(String user) throws Exception {
    return pages.mvc().perform(get("/team").with(pages.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  private static String toReview(String board) {
    int end = board.contains("id=\"reviewed-alarms\"") ? board.indexOf("id=\"reviewed-alarms\"") : board.indexOf("assign-heading");
    return board.substring(board.indexOf("alarming-heading"), end);
  }

  private static int waiting(String board) {
    java.util.regex.Matcher count = java.util.regex.Pattern.compile("<span class=\"count\"[^>]*>(\\d+)</span>").matcher(toReview(board));
    assertThat(count.find()).isTrue();
    return Integer.parseInt(count.group(1));
  }

  @Test
  void a_manager_assigns_several_cases_at_once_with_one_reason() throws Exception {
    String first = Detractors.newCase(port, 5, null, "Bulk One " + UUID.randomUUID());
    String second = Detractors.newCase(port, 5, null, "Bulk Two " + UUID.randomUUID());
    Api.as("alice", port).postForEntity("/api/cases/{id}/claim", null, Map.class, second);

    pages.mvc().perform(post("/team/assignments").param("caseId", first, second).param("owner", "bob").param("reason", "Bob has time")
            .param("team", "customer-service").with(pages.as("mike")).with(csrf()))
        .andExpect(redirectedUrl("/team?team=customer-service")).andExpect(flash().attribute("notice", "Assigned 2 cases to bob."));

    assertThat(Api.as("mike", port).getForObject("/api/cases/{id}", Map.class, first).get("owner")).isEqualTo("bob");
    Map<?, ?> moved = Api.as("mike", port).getForObject("/api/cases/{id}", Map.class, second);
    assertThat(moved.get("owner")).isEqualTo("bob");
    assertThat(timelineDetails(moved)).contains("Reassigned from alice to bob: Bob has time");
  }

  @Test
  void assigning_a_closed_case_reports_it_without_stopping_the_others() throws Exception {
    String open = Detractors.newCase(port, 5, null, "Still Open " + UUID.randomUUID());
    String closed = Detractors.newCase(port, 5, null, "Closed " + UUID.randomUUID());
    Api.as("alice", port).postForEntity("/api/cases/{id}/claim", null, Map.class, closed);
    for (int attempt = 0; attempt < 3; attempt++) {
      Api.as("alice", port).postForEntity("/api/cases/{id}/contact-attempts", Map.of("channel", "SMS", "reached", false), Map.class, closed);
    }

    pages.mvc().perform(post("/team/assignments").param("caseId", closed, open).param("owner", "bob")
            .with(pages.as("mike")).with(csrf()))
        .andExpect(flash().attribute("notice", "Assigned 1 case to bob."))
        .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("UNREACHABLE")));
  }

  @Test
  void the_head_of_customer_experience_sees_and_opens_the_cases_escalated_to_level_two_from_any_team() throws Exception {
    String name = "Level Two " + UUID.randomUUID().toString().substring(0, 8);
    String caseId = Detractors.newCase(port, 2, null, name);
    String other = Detractors.newCase(port, 5, null, "Level One " + UUID.randomUUID());
    escalating.escalate(new CaseId(UUID.fromString(caseId)), 2);
    escalating.escalate(new CaseId(UUID.fromString(other)), 1);

    String html = pages.mvc().perform(get("/team").with(pages.as("helen"))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();

    String levelTwo = html.substring(html.indexOf("level-two-heading"), html.indexOf("escalations-heading"));
    assertThat(levelTwo).contains(name).doesNotContain("Level One");
    pages.mvc().perform(get("/cases/{id}", caseId).with(pages.as("helen"))).andExpect(status().isOk());
    pages.mvc().perform(get("/cases/{id}", other).with(pages.as("helen"))).andExpect(status().isForbidden());
    assertThat(pages.mvc().perform(get("/team").with(pages.as("mike"))).andReturn().getResponse().getContentAsString())
        .doesNotContain("level-two-heading");
  }

  @Test
  void only_managers_and_admins_reach_the_team_page_and_its_assignments() throws Exception {
    String caseId = Detractors.newCase(port, 5, null, "Guarded " + UUID.randomUUID());

    pages.mvc().perform(get("/team").with(pages.as("alice"))).andExpect(status().isForbidden());
    pages.mvc().perform(get("/team").with(pages.as("lea"))).andExpect(status().isForbidden());
    pages.mvc().perform(post("/team/assignments").param("caseId", caseId).param("owner", "alice")
        .with(pages.as("alice")).with(csrf())).andExpect(status().isForbidden());
    pages.mvc().perform(get("/team").param("team", "customer-service").with(pages.as("helen"))).andExpect(status().isForbidden());
    pages.mvc().perform(post("/team/assignments").param("caseId", caseId).param("owner", "alice")
        .with(pages.as("helen")).with(csrf())).andExpect(status().isForbidden());
    pages.mvc().perform(get("/team").param("team", "customer-service").with(pages.as("admin"))).andExpect(status().isOk());
    assertThat(Api.as("mike", port).getForObject("/api/cases/{id}", Map.class, caseId).get("owner")).isNull();
  }
}
