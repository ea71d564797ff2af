package io.closedloop.resurvey;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.customermail.LinkTokens;
import io.closedloop.resurvey.process.ReSurveyVariables;
import io.closedloop.support.Api;
import io.closedloop.support.Detractors;
import io.closedloop.support.IntegrationTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The re-survey end to end on the running application: a closed case's re-survey process, its wait
 * moved by executing the timer, queues the mail; the mail's link opens the public page, whose
 * answer lands as a response linked to the case, once only; tampered and expired links are refused;
 * a detractor answer opens a case linked to the first.
 */
@IntegrationTest
class ReSurveyIT {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  @LocalServerPort
  int port;
  @Autowired
  RuntimeService runtime;
  @Autowired
  LinkTokens tokens;
  @Autowired
  JdbcClient jdbc;

  @Autowired
  ApplicationContext context;
  private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

  @Test
  void the_mail_of_a_re_survey_links_to_a_page_whose_answer_lands_linked_to_the_case() throws Exception {
    String caseId = Detractors.newCase(port, 4, "Slow answers", "Karen Kunde");

    String token = reSurveySent(caseId);
    HttpResponse<String> page = get(token);
    HttpResponse<String> answered = post(token, "9", "Much better now", csrf(page));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Karen Kunde").contains("value=\"0\"").contains("value=\"10\"");
    assertThat(answered.statusCode()).isEqualTo(200);
    assertThat(answered.body()).contains("Thank you");
    assertThat(jdbc.sql("""
            select r.score || ' ' || r.category || ' ' || r.comment from response r join re_survey s on s.response_id = r.id
            where r.follows_up_case = :caseId and s.case_id = :caseId and s.answered_at is not null
            """).param("caseId", UUID.fromString(caseId)).query(String.class).single())
        .isEqualTo("9 PROMOTER Much better now");
    assertThat(timelineOf(caseId)).contains("RE_SURVEY_ANSWERED").doesNotContain("FOLLOW_UP_OPENED");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId)
        .processDefinitionKey(ReSurveyVariables.PROCESS_KEY).count()).isZero();
  }

  @Test
  void a_link_answers_once_and_a_second_answer_is_refused_kindly() throws Exception {
    String caseId = Detractors.newCase(port, 5, null, "Ole Once");
    String token = reSurveySent(caseId);
    HttpResponse<String> page = get(token);
    post(token, "8", "", csrf(page));

    HttpResponse<String> again = post(token, "2", "Changed my mind", csrf(page));
    HttpResponse<String> reopened = get(token);

    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("already been answered");
    assertThat(reopened.statusCode()).isEqualTo(200);
    assertThat(reopened.body()).contains("already been answered").doesNotContain("value=\"10\"");
    assertThat(jdbc.sql("select count(*) from response where follows_up_case = :caseId").param("caseId", UUID.fromString(caseId))
        .query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void a_tampered_link_is_not_valid_and_an_expired_one_says_so() throws Exception {
    String caseId = Detractors.newCase(port, 5, null, "Tina Tamper");
    String token = reSurveySent(caseId);
    UUID reSurveyId = jdbc.sql("select id from re_survey where case_id = :caseId").param("caseId", UUID.fromString(caseId))
        .query(UUID.class).single();
    String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
    String expired = tokens.sign("re-survey", reSurveyId.toString(), Instant.now().minusSeconds(60));
    String otherPurpose = tokens.sign("unsubscribe", reSurveyId.toString(), Instant.now().plusSeconds(600));

    assertThat(get(tampered).statusCode()).isEqualTo(404);
    assertThat(get(tampered).body()).contains("not valid");
    assertThat(get(otherPurpose).statusCode()).isEqualTo(404);
    assertThat(get(expired).statusCode()).isEqualTo(410);
    assertThat(get(expired).body()).contains("expired");
    HttpResponse<String> page = get(token);
    assertThat(post(expired, "9", "", csrf(page)).statusCode()).isEqualTo(410);
    assertThat(jdbc.sql("select answered_at is null from re_survey where id = :id").param("id", reSurveyId)
        .query(Boolean.class).single()).isTrue();
  }

  @Test
  void a_customer_still_a_detractor_gets_a_new_case_linked_to_the_first() throws Exception {
    String caseId = Detractors.newCase(port, 3, "Still waiting", "Dorte Detractor");
    String token = reSurveySent(caseId);

    HttpResponse<String> answered = post(token, "2", "Nothing changed", csrf(get(token)));

    UUID followUp = jdbc.sql("select follow_up_case_id from re_survey where case_id = :caseId")
        .param("caseId", UUID.fromString(caseId)).query(UUID.class).single();
    assertThat(answered.statusCode()).isEqualTo(200);
    assertThat(followUp).isNotNull();
    assertThat(jdbc.sql("select r.follows_up_case from detractor_case c join response r on r.id = c.response_id where c.id = :id")
        .param("id", followUp).query(UUID.class).single()).isEqualTo(UUID.fromString(caseId));
    assertThat(timelineOf(caseId)).contains("FOLLOW_UP_OPENED");
    assertThat(timelineOf(followUp.toString())).contains("OPENED", "FOLLOW_UP_OPENED");
  }

  @Test
  void a_detractor_answer_to_the_re_survey_joins_the_customers_other_open_case() throws Exception {
    String first = Detractors.newCase(port, 3, "Still waiting", "Jonna Joined");
    TestRestTemplate alice = Api.as("alice", port);
    alice.postForEntity("/api/cases/{id}/claim", null, Map.class, first);
    alice.postForEntity("/api/cases/{id}/contact-attempts", Map.of("channel", "PHONE", "reached", true), Map.class, first);
    assertThat(alice.postForEntity("/api/cases/{id}/resolution", Map.of("rootCause", "website.navigation", "outcome", "RECOVERED",
        "notes", "Sent the parcel again"), Map.class, first).getStatusCode().is2xxSuccessful()).isTrue();
    String customer = jdbc.sql("select c.external_id from customer c join detractor_case d on d.customer_id = c.id where d.id = :id")
        .param("id", UUID.fromString(first)).query(String.class).single();
    String second = (String) Api.as("admin", port).postForEntity("/api/responses", Map.of("externalId", "again-" + UUID.randomUUID(),
        "score", 4, "customer", Map.of("externalId", customer)), Map.class).getBody().get("caseId");
    assertThat(second).isNotNull().isNotEqualTo(first);
    String token = reSurveySent(first);

    post(token, "2", "Nothing changed", csrf(get(token)));

    assertThat(jdbc.sql("select follow_up_case_id from re_survey where case_id = :caseId").param("caseId", UUID.fromString(first))
        .query(UUID.class).single()).isEqualTo(UUID.fromString(second));
    assertThat(jdbc.sql("select count(*) from detractor_case c join customer u on u.id = c.customer_id where u.external_id = :c")
        .param("c", customer).query(Integer.class).single()).isEqualTo(2);
    assertThat(timelineOf(second)).contains("ANSWER_JOINED");
    assertThat(timelineOf(first)).contains("FOLLOW_UP_OPENED");
  }

  @Test
  void a_wrong_score_shows_the_question_again_and_keeps_the_link_unused() throws Exception {
    String caseId = Detractors.newCase(port, 5, null, "Svend Score");
    String token = reSurveySent(caseId);

    HttpResponse<String> wrong = post(token, "11", "Typo", csrf(get(token)));

    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body()).contains("value=\"10\"").contains("Typo");
    assertThat(jdbc.sql("select answered_at is null from re_survey where case_id = :caseId").param("caseId", UUID.fromString(caseId))
        .query(Boolean.class).single()).isTrue();
  }

  @Test
  void planning_twice_starts_one_re_survey() {
    String caseId = Detractors.newCase(port, 5, null, "Poul Planned");

    plan(caseId);
    plan(caseId);

    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId)
        .processDefinitionKey(ReSurveyVariables.PROCESS_KEY).count()).isEqualTo(1);
  }

  private String reSurveySent(String caseId) {
    return new SentReSurveys(context).sent(caseId);
  }

  private void plan(String caseId) {
    new SentReSurveys(context).plan(caseId);
  }

  private List<String> timelineOf(String caseId) {
    return jdbc.sql("select type from case_event where case_id = :caseId order by id").param("caseId", UUID.fromString(caseId))
        .query(String.class).list();
  }

  private HttpResponse<String> get(String token) throws IOException, InterruptedException {
    return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/r/" + token))
        .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String token, String score, String comment, String csrf) throws IOException, InterruptedException {
    String form = "score=" + score + "&comment=" + URLEncoder.encode(comment, StandardCharsets.UTF_8) + "&_csrf="
        + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
    return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/r/" + token))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "en")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String csrf(HttpResponse<String> page) {
    Matcher csrf = CSRF.matcher(page.body());
    assertThat(csrf.find()).as("CSRF token on the re-survey page").isTrue();
    return csrf.group(1);
  }
}
