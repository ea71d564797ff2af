package io.closedloop.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
class InboxPageIT {

  @LocalServerPort
  int port;

  @Autowired
  WebApplicationContext context;

  Pages pages;

  @BeforeEach
  void pages() {
    pages = new Pages(context);
  }

  @Test
  void a_long_queue_shows_the_25_cases_due_first_and_says_how_many_there_are() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < 26; i++) {
      Detractors.newCase(port, 5, null, "Long Queue " + tag);
    }
    String html = body(get("/inbox").param("q", tag));

    String queue = html.substring(html.indexOf("queue-heading"));
    assertThat(queue.split("<tr id=\"case-", -1).length - 1).as("rows shown").isEqualTo(25);
    assertThat(queue).contains("<span class=\"count\">26</span>", "The 25 due first of 26.");
  }

  @Test
  void the_queue_lists_my_teams_unclaimed_cases_due_first_with_their_sla_countdown() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String later = Detractors.newCase(port, 6, null, "Queue Later " + tag);
    String sooner = Detractors.newCase(port, 0, null, "Queue Sooner " + tag);

    String html = body(get("/inbox").param("q", tag));

    assertThat(html).contains("Queue Later " + tag, "Queue Sooner " + tag, "due in");
    assertThat(html.indexOf("case-" + sooner)).as("the lower score is due sooner").isLessThan(html.indexOf("case-" + later));
  }

  @Test
  void claiming_from_the_queue_with_htmx_moves_the_case_to_my_cases() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String caseId = Detractors.newCase(port, 5, null, "Claim Me " + tag);

    String fragment = pages.mvc().perform(post("/inbox/cases/{id}/claim", caseId).param("q", tag).header("HX-Request", "true")
            .with(pages.as("alice")).with(csrf()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(fragment).startsWith("<div id=\"worklists\"").contains("You now own the case");
    String mine = fragment.substring(fragment.indexOf("mine-heading"), fragment.indexOf("queue-heading"));
    assertThat(mine).contains("Claim Me " + tag);
    assertThat(Api.as("alice", port).getForObject("/api/cases/{id}", Map.class, caseId).get("owner")).isEqualTo("alice");
  }

  @Test
  void claiming_a_case_someone_else_took_answers_409_with_the_reason_in_the_page() throws Exception {
    String caseId = Detractors.newCase(port, 5, null, "Taken " + UUID.randomUUID());
    Api.as("bob", port).postForEntity("/api/cases/{id}/claim", null, Map.class, caseId);

    String fragment = pages.mvc().perform(post("/inbox/cases/{id}/claim", caseId).header("HX-Request", "true")
            .with(pages.as("alice")).with(csrf()))
        .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

    assertThat(fragment).contains("role=\"alert\"", "Could not claim the case: The case is already owned by bob");
  }

  @Test
  void claiming_without_htmx_opens_the_case_page() throws Exception {
    String caseId = Detractors.newCase(port, 5, null, "Plain Claim " + UUID.randomUUID());

    pages.mvc().perform(post("/inbox/cases/{id}/claim", caseId).with(pages.as("alice")).with(csrf()))
        .andExpect(redirectedUrl("/cases/" + caseId));
  }

  @Test
  void filters_narrow_the_lists_to_alarming_cases_and_search_finds_by_customer_id() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Detractors.newCase(port, 1, "I will cancel", "Alarm " + tag);
    Detractors.newCase(port, 6, "Meh", "Calm " + tag);

    String alarming = body(get("/inbox").param("q", tag).param("alarming", "true"));

    assertThat(alarming).contains("Alarm " + tag).doesNotContain("Calm " + tag);
    assertThat(body(get("/inbox").param("touchpoint", "no-such-touchpoint").param("q", tag))).doesNotContain("Alarm " + tag);
  }

  @Test
  void a_comment_or_name_full_of_html_shows_as_text() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Detractors.newCase(port, 3, "x", "<script>alert('" + tag + "')</script>");

    String html = body(get("/inbox").param("q", tag));

    assertThat(html).contains("&lt;script&gt;alert(&#39;" + tag + "&#39;)&lt;/script&gt;").doesNotContain("<script>alert('" + tag);
  }

  @Test
  void the_inbox_is_for_agents_and_managers_and_a_post_needs_the_csrf_token() throws Exception {
    pages.mvc().perform(get("/inbox").with(pages.as("wall"))).andExpect(status().isForbidden());
    pages.mvc().perform(get("/inbox").with(pages.as("lea"))).andExpect(status().isForbidden());
    pages.mvc().perform(get("/inbox").with(pages.as("mike"))).andExpect(status().isOk());
    String caseId = Detractors.newCase(port, 5, null, "Csrf " + UUID.randomUUID());
    pages.mvc().perform(post("/inbox/cases/{id}/claim", caseId).with(pages.as("alice"))).andExpect(status().isForbidden());
  }

  @Test
  void an_anonymous_visitor_is_sent_to_the_login_page_and_an_htmx_request_gets_401() throws Exception {
    pages.mvc().perform(get("/inbox").accept(org.springframework.http.MediaType.TEXT_HTML))
        .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("http://localhost/login"));
    pages.mvc().perform(get("/inbox").header("HX-Request", "true")).andExpect(status().isUnauthorized());
  }

  private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
    return pages.mvc().perform(request.with(pages.as("alice"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }
}
