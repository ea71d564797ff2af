package io.closedloop.intake;

import static io.closedloop.intake.Submissions.customerIdOf;
import static io.closedloop.intake.Submissions.newExternalId;
import static io.closedloop.intake.Submissions.response;
import static io.closedloop.intake.Submissions.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.Api;
import io.closedloop.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The API contract of {@code POST /api/responses}. */
@IntegrationTest
class ReceivingResponsesIT {

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtime;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  IdentityService identity;

  @Test
  void a_detractor_opens_a_case_whose_process_starts_with_the_case_id_as_business_key() {
    String externalId = newExternalId();
    ResponseEntity<Map> created = post(response(externalId, 2));

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("category", "DETRACTOR");
    assertThat(UUID.fromString((String) created.getBody().get("id"))).isEqualTo(database().responseId(externalId));
    String caseId = (String) created.getBody().get("caseId");
    assertThat(caseId).isNotNull();
    assertThat(database().cases(externalId)).isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).count()).isEqualTo(1);
  }

  @Test
  void a_passive_is_stored_without_a_case() {
    String externalId = newExternalId();
    ResponseEntity<Map> created = post(response(externalId, 7));

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("category", "PASSIVE").containsEntry("caseId", null);
    assertThat(database().responses(externalId)).isEqualTo(1);
    assertThat(database().cases(externalId)).isZero();
  }

  @Test
  void a_promoter_is_stored_without_a_case() {
    String externalId = newExternalId();
    ResponseEntity<Map> created = post(response(externalId, 10));

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("category", "PROMOTER").containsEntry("caseId", null);
    assertThat(database().responses(externalId)).isEqualTo(1);
    assertThat(database().cases(externalId)).isZero();
  }

  @Test
  void a_repeat_with_the_same_content_answers_200_with_the_first_body_and_stores_nothing_new() {
    String externalId = newExternalId();
    ResponseEntity<Map> first = post(response(externalId, 3));
    ResponseEntity<Map> repeat = post(response(externalId, 3));

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(repeat.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(repeat.getBody()).isEqualTo(first.getBody());
    assertThat(database().responses(externalId)).isEqualTo(1);
    assertThat(database().cases(externalId)).isEqualTo(1);
  }

  @Test
  void a_repeat_with_other_content_is_a_conflict_and_keeps_the_first() {
    String externalId = newExternalId();
    post(response(externalId, 3));
    ResponseEntity<Map> conflicting = post(with(response(externalId, 3), "comment", "Changed my mind"));

    assertThat(conflicting.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertProblemJson(conflicting);
    assertThat(jdbc.sql("select comment from response where external_id = ?").param(externalId).query(String.class).single())
        .isEqualTo("Score 3 from an integration test");
  }

  @Test
  void bad_fields_are_a_400_problem_naming_each_field_and_nothing_is_stored() {
    String externalId = newExternalId();
    ResponseEntity<Map> refused = post(with(with(with(response(externalId, 3),
        "score", 11), "country", "XX"), "answeredAt", "2999-01-01T00:00:00Z"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertProblemJson(refused);
    assertThat(fieldsOf(refused)).containsExactlyInAnyOrder("score", "country", "answeredAt");
    assertThat(database().responses(externalId)).isZero();
  }

  @Test
  void a_missing_external_id_is_named_in_the_problem() {
    Map<String, Object> body = response(newExternalId(), 3);
    body.remove("externalId");
    ResponseEntity<Map> refused = post(body);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fieldsOf(refused)).containsExactly("externalId");
  }

  @Test
  void an_unknown_enum_value_is_named_in_the_problem() {
    String externalId = newExternalId();
    ResponseEntity<Map> refused = post(with(response(externalId, 3), "customer",
        Map.of("externalId", "c-" + externalId, "servicePreference", "CHATTY")));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fieldsOf(refused)).containsExactly("customer.servicePreference");
  }

  @Test
  void a_comment_over_10000_characters_is_refused() {
    String externalId = newExternalId();
    ResponseEntity<Map> refused = post(with(response(externalId, 3), "comment", "x".repeat(10_001)));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fieldsOf(refused)).containsExactly("comment");
    assertThat(database().responses(externalId)).isZero();
  }

  @Test
  void an_unknown_json_field_is_a_400_naming_it() {
    String externalId = newExternalId();
    ResponseEntity<Map> refused = post(with(response(externalId, 3), "rating", 3));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertProblemJson(refused);
    assertThat(fieldsOf(refused)).containsExactly("rating");
    assertThat(database().responses(externalId)).isZero();
  }

  @Test
  void malformed_json_is_a_400_problem_about_the_body() {
    ResponseEntity<Map> refused = Api.as("admin", port).postForEntity("/api/responses",
        json("{\"externalId\": \"" + newExternalId() + "\", \"score\": 3,"), Map.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertProblemJson(refused);
    assertThat(fieldsOf(refused)).containsExactly("body");
  }

  @Test
  void without_credentials_the_api_answers_401_and_stores_nothing() {
    String externalId = newExternalId();
    ResponseEntity<String> refused = Api.anonymous(port).postForEntity("/api/responses", response(externalId, 3), String.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(database().responses(externalId)).isZero();
  }

  @Test
  void agents_managers_leadership_designers_and_the_kiosk_may_not_post_a_single_response_and_nothing_is_stored() {
    String externalId = newExternalId();
    for (String user : List.of("alice", "mike", "lea", "dana", "wall")) {
      assertThat(Api.as(user, port).postForEntity("/api/responses", response(externalId, 1), String.class).getStatusCode())
          .as("%s posting a response", user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(database().responses(externalId)).isZero();
    assertThat(database().customers(customerIdOf(externalId))).isZero();
  }

  @Test
  void with_a_wrong_password_the_api_answers_401() {
    // A throwaway user: the engine briefly locks a user after a failed login, and the demo users are shared.
    String userId = "it-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identity.newUser(userId);
    user.setPassword(userId);
    identity.saveUser(user);

    ResponseEntity<String> refused = new TestRestTemplate(
        new RestTemplateBuilder().rootUri("http://localhost:" + port), userId, "wrong")
        .postForEntity("/api/responses", response(newExternalId(), 3), String.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void open_cases_false_stores_a_detractor_without_a_case() {
    String externalId = newExternalId();
    ResponseEntity<Map> created = Api.as("admin", port)
        .postForEntity("/api/responses?openCases=false", response(externalId, 1), Map.class);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("category", "DETRACTOR").containsEntry("caseId", null);
    assertThat(database().responses(externalId)).isEqualTo(1);
    assertThat(database().cases(externalId)).isZero();
  }

  private ResponseEntity<Map> post(Map<String, Object> body) {
    return Api.as("admin", port).postForEntity("/api/responses", body, Map.class);
  }

  private IntakeDatabase database() {
    return new IntakeDatabase(jdbc);
  }

  static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  static void assertProblemJson(ResponseEntity<?> answer) {
    assertThat(answer.getHeaders().getContentType()).isNotNull();
    assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .as("Content-Type %s is application/problem+json", answer.getHeaders().getContentType()).isTrue();
  }

  @SuppressWarnings("unchecked")
  static List<String> fieldsOf(ResponseEntity<Map> answer) {
    List<Map<String, Object>> errors = (List<Map<String, Object>>) answer.getBody().get("errors");
    assertThat(errors).as("the problem lists its errors").isNotNull();
    return errors.stream().map(error -> (String) error.get("field")).toList();
  }
}
