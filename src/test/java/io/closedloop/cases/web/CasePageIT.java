package io.closedloop.cases.web;

import static io.closedloop.support.CaseJson.contactAttempts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.closedloop.support.Api;
import io.closedloop.support.Detractors;
import io.closedloop.support.IntegrationTest;
import io.closedloop.support.Pages;
import io.closedloop.cases.CaseSettings;
import io.closedloop.web.Moments;
import io.closedloop.web.PersonalPreferences;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class CasePageIT {

  @LocalServerPort
  int port;

  @Autowired
  WebApplicationContext context;

  @Autowired
  PersonalPreferences preferences;

  @Autowired
  Moments moments;

  @Autowired
  CaseSettings settings;

  Pages pages;

  @BeforeEach
  void pages() {
    pages = new Pages(context);
  }

  @AfterEach
  void forgetBobsChoices() {
    preferences.save("bob", new PersonalPreferences.Preference(null, null));
  }

  @Test
  void the_case_page_shows_the_customer_with_contact_links_the_service_hint_the_response_and_the_timeline() throws Exception {
    String caseId = Detractors.newCase(port, 4, "Waited forever", "Karen Blixen");

    String html = page(caseId, "alice");

    assertThat(html).contains("Karen Blixen", "href=\"tel:+45 12 34 56 78\"", "href=\"mailto:kunde@example.com\"", "Action-oriented",
        "Wants ownership and speed", "Waited forever", "Detractor score 4", "Claim this case");
    assertThat(html).as("the call-back form is for the owner").doesNotContain("Log contact attempt");
  }

  @Test
  void the_case_page_lists_the_customers_earlier_cases_with_how_they_ended() throws Exception {
    String externalId = "repeat-" + UUID.randomUUID();
    String first = postFor(externalId, "first");
    resolve(first);
    String second = postFor(externalId, "second");

    String html = page(second, "alice");

    assertThat(html).contains("href=\"/cases/" + first + "\"", "Opened ").doesNotContain("href=\"/cases/" + second + "\"");
  }

  @Test
  void the_owner_sees_the_call_back_form_rendered_from_the_form_file_with_the_response_filled_in() throws Exception {
    String caseId = claimedCase("Form Reader", "Slow answers");

    String html = page(caseId, "alice");

    assertThat(html).contains("Call back the customer", "Score <strong>4</strong>", "&quot;Slow answers&quot;",
        "name=\"channel\"", "<option value=\"PHONE\" selected=\"selected\">Phone</option>", "name=\"reached\"", "name=\"note\"",
        "maxlength=\"10000\"", "Log contact attempt");
    assertThat(html).doesNotContain("Resolve the case");
  }

  @Test
  void a_comment_full_of_html_and_script_shows_as_text_on_the_case_page_and_in_its_form() throws Exception {
    String caseId = claimedCase("Script Kiddie", "<img src=x onerror=alert(1)><script>alert('x')</script>");

    String html = page(caseId, "alice");

    assertThat(html).doesNotContain("<img src=x", "<script>alert('x')")
        .contains("&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  }

  @Test
  void logging_a_contact_attempt_through_the_form_reaches_the_case_and_offers_the_resolve_form() throws Exception {
    String caseId = claimedCase("Reached Customer", null);

    pages.mvc().perform(post("/cases/{id}/contact-attempts", caseId).param("channel", "PHONE").param("reached", "false", "true")
            .param("note", "Talked <b>long</b>").with(pages.as("alice")).with(csrf()))
        .andExpect(redirectedUrl("/cases/" + caseId)).andExpect(flash().attributeExists("notice"));

    Map<?, ?> body = Api.as("alice", port).getForObject("/api/cases/{id}", Map.class, caseId);
    assertThat(contactAttempts(body)).anySatisfy(attempt -> assertThat(attempt).containsEntry("reached", true)
        .containsEntry("note", "Talked <b>long</b>"));
    String html = page(caseId, "alice");
    assertThat(html).contains("Resolve the case", "Close the loop", "name=\"rootCause\"", "name=\"outcome\"", "Talked &lt;b&gt;long&lt;/b&gt;")
        .doesNotContain("Log contact attempt");
  }

  @Test
  void an_attempt_that_breaks_the_forms_rules_is_shown_again_with_422_and_the_error_next_to_the_field() throws Exception {
    String caseId = claimedCase("Invalid Attempt", null);

    String html = pages.mvc().perform(post("/cases/{id}/contact-attempts", caseId).param("channel", "FAX").param("note", "kept")
            .with(pages.as("alice")).with(csrf()))
        .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();

    assertThat(html).contains("Channel is not one of the choices", "aria-invalid=\"true\"", ">kept</textarea>");
    assertThat(Api.as("alice", port).getForObject("/api/cases/{id}", Map.class, caseId).get("contactAttempts").toString()).isEqualTo("[]");
  }

  @Test
  void an_attempt_by_someone_who_does_not_own_the_case_is_refused_with_409_and_a_clear_message() throws Exception {
    String caseId = claimedCase("Not Bobs", null);

    String html = pages.mvc().perform(post("/cases/{id}/contact-attempts", caseId).param("channel", "PHONE")
            .with(pages.as("bob")).with(csrf()))
        .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

    assertThat(html).contains("role=\"alert\"", "That is not possible now: Only the owner alice logs contact attempts");
  }

  @Test
  void resolving_before_the_customer_was_reached_is_refused_with_409() throws Exception {
    String caseId = claimedCase("Too Early", null);

    String html = pages.mvc().perform(resolution(caseId).with(pages.as("alice")))
        .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

    assertThat(html).contains("Log a contact attempt that reached the customer before resolving");
  }

  @Test
  void resolving_through_the_form_closes_the_case_with_a_new_idea_and_a_later_case_can_join_that_idea() throws Exception {
    String first = reachedCase("Idea Giver");
    String title = "Stay logged in " + UUID.randomUUID();

    pages.mvc().perform(resolution(first).param("ideaTitle", title).param("ideaHorizon", "SHORT_TERM").with(pages.as("alice")))
        .andExpect(redirectedUrl("/cases/" + first));

    @SuppressWarnings("unchecked")
    Map<String, Object> resolved = Api.as("alice", port).getForObject("/api/cases/{id}", Map.class, first);
    assertThat(resolved).containsEntry("status", "RESOLVED").containsEntry("outcome", "PARTIALLY_RECOVERED")
        .containsEntry("rootCause", "website.navigation");
    assertThat(page(first, "alice")).contains("Partly recovered", "Messy or hard to navigate");

    String second = reachedCase("Idea Joiner");
    String offered = pages.mvc().perform(get("/cases/{id}/offered-ideas", second).param("rootCause", "website.navigation")
        .with(pages.as("alice"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(offered).contains(title, "name=\"joinIdeaId\"", "With this root cause");
    assertThat(offered.indexOf(title)).as("ideas with the chosen root cause come first").isLessThan(offered.indexOf("Other open ideas"));
    String ideaId = offered.replaceAll("(?s).*<option value=\"([0-9a-f-]{36})\"[^>]*>" + java.util.regex.Pattern.quote(title) + "</option>.*", "$1");
    pages.mvc().perform(resolution(second).param("joinIdeaId", ideaId).with(pages.as("alice"))).andExpect(redirectedUrl("/cases/" + second));
    assertThat(Api.as("alice", port).getForObject("/api/cases/{id}", Map.class, second).get("timeline").toString())
        .contains("Joined improvement idea " + ideaId);
  }

  @Test
  void a_resolution_missing_the_required_fields_lists_each_problem() throws Exception {
    String caseId = reachedCase("Missing Fields");

    String html = pages.mvc().perform(post("/cases/{id}/resolution", caseId).param("ideaTitle", "Half an idea")
            .with(pages.as("alice")).with(csrf()))
        .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();

    assertThat(html).contains("Root cause is required", "Outcome is required", "Resolution notes is required");
  }

  @Test
  void a_manager_reassigns_from_the_case_page_and_an_agent_may_not() throws Exception {
    String caseId = claimedCase("Single Reassign", null);

    assertThat(page(caseId, "mike")).contains("Reassign", "name=\"owner\"");
    assertThat(page(caseId, "alice")).doesNotContain("id=\"assign-form\"");
    pages.mvc().perform(post("/cases/{id}/assignment", caseId).param("owner", "bob").param("reason", "Holiday")
        .with(pages.as("mike")).with(csrf())).andExpect(redirectedUrl("/cases/" + caseId));
    pages.mvc().perform(post("/cases/{id}/assignment", caseId).param("owner", "alice")
        .with(pages.as("alice")).with(csrf())).andExpect(status().isForbidden());

    assertThat(Api.as("mike", port).getForObject("/api/cases/{id}", Map.class, caseId).get("owner")).isEqualTo("bob");
  }

  @Test
  void a_manager_reviews_an_alarming_case_through_the_alarm_form_once_and_agents_may_not() throws Exception {
    String caseId = Detractors.newCase(port, 1, "I will call my lawyer", "Alarm Review " + UUID.randomUUID());

    assertThat(page(caseId, "mike")).contains("Alarming detractor", "What you did", "Record alarm review");
    assertThat(page(caseId, "alice")).doesNotContain("Record alarm review");
    pages.mvc().perform(post("/cases/{id}/alarm-review", caseId).param("alarmAction", "Me too").with(pages.as("alice")).with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(pages.mvc().perform(post("/cases/{id}/alarm-review", caseId).param("alarmAction", " ").with(pages.as("mike")).with(csrf()))
        .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString()).contains("What you did is required");

    pages.mvc().perform(post("/cases/{id}/alarm-review", caseId).param("alarmAction", "Asked Bob to call her within the hour")
        .with(pages.as("mike")).with(csrf())).andExpect(redirectedUrl("/cases/" + caseId));

    assertThat(Api.as("mike", port).getForObject("/api/cases/{id}", Map.class, caseId).get("timeline").toString())
        .contains("Alarm reviewed: Asked Bob to call her within the hour");
    assertThat(page(caseId, "mike")).doesNotContain("Record alarm review");
    assertThat(pages.mvc().perform(post("/cases/{id}/alarm-review", caseId).param("alarmAction", "Again").with(pages.as("helen")).with(csrf()))
        .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString()).contains("The alarm has been reviewed already");
  }

  @Test
  void people_outside_the_team_and_the_wall_screen_cannot_open_a_case() throws Exception {
    String caseId = Detractors.newCase(port, 5, null, "Private " + UUID.randomUUID());

    pages.mvc().perform(get("/cases/{id}", caseId).with(pages.as("helen"))).andExpect(status().isForbidden());
    pages.mvc().perform(get("/cases/{id}", caseId).with(pages.as("wall"))).andExpect(status().isForbidden());
    pages.mvc().perform(get("/cases/{id}", caseId).with(pages.as("lea"))).andExpect(status().isOk());
    assertThat(pages.mvc().perform(get("/cases/{id}", UUID.randomUUID()).with(pages.as("alice"))).andExpect(status().isNotFound())
        .andReturn().getResponse().getContentAsString()).contains("<h1>Not found</h1>");
    pages.mvc().perform(get("/cases/not-a-case").with(pages.as("alice"))).andExpect(status().isNotFound());
  }

  @Test
  void after_a_failed_call_the_page_counts_the_attempt_and_shows_the_next_one_in_the_readers_time_zone() throws Exception {
    ZoneId newYork = ZoneId.of("America/New_York");
    preferences.save("bob", new PersonalPreferences.Preference(null, newYork));
    String caseId = Detractors.newCase(port, 4, null, "Retry Customer " + UUID.randomUUID().toString().substring(0, 8));
    Api.as("bob", port).postForEntity("/api/cases/{id}/claim", null, Map.class, caseId);
    Api.as("bob", port).postForEntity("/api/cases/{id}/contact-attempts", Map.of("channel", "PHONE", "reached", false), Map.class, caseId);
    Instant next = Instant.parse((String) Api.as("bob", port).getForObject("/api/cases/{id}", Map.class, caseId).get("nextAttemptDue"));

    String html = page(caseId, "bob");

    int max = settings.maxFailedAttempts();
    assertThat(html).contains("Attempt 1 of " + max + " failed", "Attempt 1 of " + max + "</strong>", "Next attempt",
        "<time datetime=\"" + next + "\">" + timeIn(newYork, next) + "</time>", "Phone: not reached (failed attempt 1)");
    assertThat(html).as("not in the team's zone").doesNotContain(timeIn(ZoneId.of("Europe/Copenhagen"), next));
  }

  @Test
  void the_case_page_speaks_danish_to_a_danish_browser_with_labels_instead_of_codes() throws Exception {
    String caseId = claimedCase("Dansk Kunde", "Ventede for længe");
    Api.as("alice", port).postForEntity("/api/cases/{id}/contact-attempts", Map.of("channel", "PHONE", "reached", false), Map.class, caseId);

    String html = pages.mvc().perform(get("/cases/{id}", caseId).with(pages.as("alice")).header("Accept-Language", "da-DK,da;q=0.9"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(html).contains("<html lang=\"da\"", "Tidslinje", "Kontaktforsøg", "Sag oprettet", "Kritiker med score 4",
        "Forsøg 1 af " + settings.maxFailedAttempts() + " mislykkedes", "Næste forsøg", "Telefon: ikke træffet (mislykket forsøg 1)",
        "Handlingsorienteret", "Vil se handling", "Registrér kontaktforsøg", "Ring tilbage senest");
    assertThat(html).doesNotContain("Timeline", "Contact attempts", "Call back by", "CONTACT_ATTEMPTED", ">PHONE<", "Wants ownership");
  }

  @Test
  void opening_the_address_a_case_form_was_sent_to_shows_the_case() throws Exception {
    String caseId = claimedCase("Reload", null);

    for (String form : List.of("claim", "assignment", "contact-attempts", "resolution", "alarm-review")) {
      pages.mvc().perform(get("/cases/{id}/" + form, caseId).with(pages.as("alice"))).andExpect(redirectedUrl("/cases/" + caseId));
    }
  }

  @Test
  void a_form_sent_with_mistakes_lists_them_at_the_top_linked_to_their_fields() throws Exception {
    String caseId = reachedCase("Summary");

    String html = pages.mvc().perform(post("/cases/{id}/resolution", caseId).param("outcome", "RECOVERED").with(pages.as("alice")).with(csrf()))
        .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();

    String summary = html.substring(html.indexOf("id=\"error-summary\""), html.indexOf("</div>", html.indexOf("id=\"error-summary\"")));
    assertThat(summary).contains("role=\"alert\"", "<a href=\"#resolve-case-Field_rootCause\">Root cause is required</a>",
        "<a href=\"#resolve-case-Field_notes\">Resolution notes is required</a>").doesNotContain("Outcome");
    assertThat(html).contains("id=\"resolve-case-Field_rootCause-error\"", "data-case-url=\"/cases/" + caseId + "\"");
  }

  private String timeIn(ZoneId zone, Instant instant) {
    LocaleContextHolder.setLocaleContext(new SimpleTimeZoneAwareLocaleContext(Locale.ENGLISH, TimeZone.getTimeZone(zone)));
    try {
      return moments.time(instant);
    } finally {
      LocaleContextHolder.resetLocaleContext();
    }
  }

  private String postFor(String customerExternalId, String response) {
    Map<String, Object> body = Map.of("externalId", customerExternalId + "-" + response, "score", 3, "touchpoint", "website",
        "customer", Map.of("externalId", customerExternalId, "name", "Repeat Customer"));
    return (String) Api.as("admin", port).postForEntity("/api/responses", body, Map.class).getBody().get("caseId");
  }

  /** Closes a case as its owner would; a customer's next answer then opens a case of its own. */
  private void resolve(String caseId) {
    Api.as("alice", port).postForEntity("/api/cases/{id}/claim", null, Map.class, caseId);
    Api.as("alice", port).postForEntity("/api/cases/{id}/contact-attempts", Map.of("channel", "PHONE", "reached", true), Map.class, caseId);
    assertThat(Api.as("alice", port).postForEntity("/api/cases/{id}/resolution", Map.of("rootCause", "website.navigation",
        "outcome", "RECOVERED", "notes", "Showed the way"), Map.class, caseId).getStatusCode().is2xxSuccessful()).isTrue();
  }

  private MockHttpServletRequestBuilder resolution(String caseId) {
    return post("/cases/{id}/resolution", caseId).param("rootCause", "website.navigation").param("outcome", "PARTIALLY_RECOVERED")
        .param("notes", "Explained the option").param("closeTheLoopMessage", "Thanks").with(csrf());
  }

  private String claimedCase(String name, String comment) {
    String caseId = Detractors.newCase(port, 4, comment, name + " " + UUID.randomUUID().toString().substring(0, 8));
    Api.as("alice", port).postForEntity("/api/cases/{id}/claim", null, Map.class, caseId);
    return caseId;
  }

  private String reachedCase(String name) {
    String caseId = claimedCase(name, null);
    Api.as("alice", port).postForEntity("/api/cases/{id}/contact-attempts", Map.of("channel", "PHONE", "reached", true), Map.class, caseId);
    return caseId;
  }

  private String page(String caseId, String user) throws Exception {
    return pages.mvc().perform(get("/cases/{id}", caseId).with(pages.as(user))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
  }
}
