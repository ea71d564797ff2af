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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class InboxPageIT {

  @LocalServerPort
  int port;

  @Autowired
  WebApplicationContext context;

  @Autowired
  JdbcClient jdbc;

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
  void a_queue_of_more_than_a_thousand_cases_is_counted_as_1000_plus() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String first = Detractors.newCase(port, 5, null, "Crowded Queue " + tag);
    UUID customer = jdbc.sql("select customer_id from detractor_case where id = ?").param(UUID.fromString(first)).query(UUID.class).single();
    try {
      jdbc.sql("""
          insert into response (id, external_id, score, category, comment, answered_at, received_at, touchpoint, team, customer_id, content_hash)
          select md5(:tag || g)::uuid, :tag || g, 5, 'DETRACTOR', 'Waited', now(), now(), r.touchpoint, r.team, r.customer_id, 'seeded'
          from generate_series(1, 1000) g, response r join detractor_case c on c.response_id = r.id where c.id = :first""")
          .param("tag", tag).param("first", UUID.fromString(first)).update();
      jdbc.sql("""
          insert into detractor_case (id, response_id, customer_id, status, team, priority, alarming, callback_due, created_at, touchpoint)
          select md5(:tag || 'k' || g)::uuid, md5(:tag || g)::uuid, c.customer_id, 'OPEN', c.team, 'NORMAL', false,
                 now() + interval '30 days', now(), c.touchpoint
          from generate_series(1, 1000) g, detractor_case c where c.id = :first""")
          .param("tag", tag).param("first", UUID.fromString(first)).update();

      String html = body(get("/inbox").param("q", tag));
      String queue = html.substring(html.indexOf("queue-heading"));

      assertThat(queue).contains("<span class=\"count\">1,000+</span>", "The 25 due first of 1,000+.");
      assertThat(queue.split("<tr id=\"case-", -1).length - 1).as("rows shown").isEqualTo(25);
    } finally {
      jdbc.sql("delete from detractor_case where customer_id = :customer and id <> :first").param("customer", customer)
          .param("first", UUID.fromString(first)).update();
      jdbc.sql("delete from response where external_id like :tag || '%' and customer_id = :customer").param("tag", tag)
          .param("customer", customer).update();
    }
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

  @Test
  void a_search_finds_a_colleagues_case_and_a_resolved_case_of_my_team_but_no_case_of_another_team() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String colleagues = Detractors.newCase(port, 5, null, "Colleague " + tag);
    Api.as("bob", port).postForEntity("/api/cases/{id}/claim", null, Map.class, colleagues);
    String resolved = resolvedBy("bob", "Resolved " + tag);
    String mine = resolvedBy("alice", "Mine Resolved " + tag);
    String elsewhere = Detractors.newCase(port, 5, null, "Elsewhere " + tag);
    jdbc.sql("update detractor_case set team = 'another-team' where id = :id").param("id", UUID.fromString(elsewhere)).update();

    String html = body(get("/inbox").param("q", tag));

    String found = html.substring(html.indexOf("found-heading"));
    assertThat(found).contains("case-" + colleagues, "case-" + resolved, "case-" + mine, "<span class=\"count\">3</span>")
        .doesNotContain("case-" + elsewhere);
    assertThat(row(found, colleagues)).contains(">bob<", ">In progress<");
    assertThat(row(found, resolved)).contains(">bob<", ">Resolved<");
    assertThat(html.substring(0, html.indexOf("found-heading"))).as("my worklists hold neither")
        .doesNotContain("case-" + colleagues, "case-" + resolved);
  }

  @Test
  void a_search_matches_the_customers_phone_email_and_id_and_the_words_of_the_comment() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String digits = String.valueOf(10_000_000 + new java.util.Random().nextInt(89_999_999));
    String externalId = "search-" + tag;
    Map<String, Object> customer = Map.of("externalId", externalId, "name", "Searched Customer", "email", "found." + tag + "@example.com",
        "phone", "+45 " + digits.substring(0, 2) + " " + digits.substring(2, 4) + " " + digits.substring(4, 6) + " " + digits.substring(6));
    String caseId = (String) Api.as("admin", port).postForEntity("/api/responses", Map.of("externalId", "response-" + tag, "score", 2,
        "touchpoint", "website", "comment", "The parcel " + tag + "-word never came", "customer", customer), Map.class).getBody().get("caseId");

    for (String query : List.of("FOUND." + tag.toUpperCase(), digits, externalId, "response-" + tag, tag + "-word never")) {
      assertThat(body(get("/inbox").param("q", query))).as("a search for %s", query).contains("case-" + caseId);
    }
    assertThat(body(get("/inbox").param("q", "nothing-like-" + tag))).doesNotContain("case-" + caseId);
  }

  @Test
  void the_resolved_filter_shows_each_cases_status_once() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String caseId = resolvedBy("alice", "Once Resolved " + tag);

    String html = body(get("/inbox").param("status", "RESOLVED").param("q", tag));

    String row = row(html.substring(html.indexOf("mine-heading"), html.indexOf("found-heading")), caseId);
    assertThat(row.split(">Resolved<", -1).length - 1).as("times the row says Resolved").isEqualTo(1);
    assertThat(html).as("no queue of open cases under a filter for resolved ones").doesNotContain("queue-heading");
  }

  private String resolvedBy(String agent, String customerName) {
    String caseId = Detractors.newCase(port, 5, null, customerName);
    Api.as(agent, port).postForEntity("/api/cases/{id}/claim", null, Map.class, caseId);
    Api.as(agent, port).postForEntity("/api/cases/{id}/contact-attempts", Map.of("channel", "PHONE", "reached", true), Map.class, caseId);
    Api.as(agent, port).postForEntity("/api/cases/{id}/resolution", Map.of("rootCause", "service.waiting-time", "outcome", "RECOVERED",
        "notes", "Called back"), Map.class, caseId);
    return caseId;
  }

  private static String row(String html, String caseId) {
    int start = html.indexOf("<tr id=\"case-" + caseId);
    return html.substring(start, html.indexOf("</tr>", start));
  }

  private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
    return pages.mvc().perform(request.with(pages.as("alice"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }
}
