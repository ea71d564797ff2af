package io.closedloop.intake;

import static io.closedloop.intake.ReceivingResponsesIT.assertProblemJson;
import static io.closedloop.intake.ReceivingResponsesIT.fieldsOf;
import static io.closedloop.intake.Submissions.newExternalId;
import static io.closedloop.intake.Submissions.response;
import static io.closedloop.intake.Submissions.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.Api;
import io.closedloop.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The API contract of {@code POST /api/responses/batch}. */
@IntegrationTest
class ReceivingBatchIT {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Test
  @SuppressWarnings("unchecked")
  void keeps_the_good_rows_of_a_batch_and_reports_each_bad_one_with_its_row_and_field() {
    String detractor = newExternalId();
    String badScore = newExternalId();
    String promoter = newExternalId();
    String unknownField = newExternalId();
    String badCountry = newExternalId();
    List<Object> rows = List.of(
        response(detractor, 4),
        with(response(badScore, 4), "score", "four"),
        response(promoter, 9),
        with(response(unknownField, 4), "mood", "grumpy"),
        "not a response",
        with(response(badCountry, 4), "country", "XX"));

    ResponseEntity<Map> answer = Api.as("admin", port).postForEntity("/api/responses/batch", rows, Map.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).containsEntry("created", 2).containsEntry("duplicates", 0).containsEntry("rejected", 4);
    List<Map<String, Object>> results = (List<Map<String, Object>>) answer.getBody().get("results");
    assertThat(results).extracting(result -> result.get("row")).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(results).extracting(result -> result.get("status"))
        .containsExactly("CREATED", "REJECTED", "CREATED", "REJECTED", "REJECTED", "REJECTED");
    assertThat(results.get(0).get("caseId")).isNotNull();
    assertThat(results.get(2).get("caseId")).isNull();
    assertThat(errorFields(results.get(1))).containsExactly("score");
    assertThat(errorFields(results.get(3))).containsExactly("mood");
    assertThat(errorFields(results.get(4))).containsExactly("body");
    assertThat(errorFields(results.get(5))).containsExactly("country");

    IntakeDatabase database = new IntakeDatabase(jdbc);
    assertThat(database.responses(detractor)).isEqualTo(1);
    assertThat(database.cases(detractor)).isEqualTo(1);
    assertThat(database.responses(promoter)).isEqualTo(1);
    assertThat(List.of(badScore, unknownField, badCountry)).allSatisfy(id -> assertThat(database.responses(id)).isZero());
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_batch_sent_again_counts_its_rows_as_duplicates_with_their_first_ids() {
    List<Object> rows = List.of(response(newExternalId(), 2), response(newExternalId(), 8));
    ResponseEntity<Map> first = Api.as("admin", port).postForEntity("/api/responses/batch", rows, Map.class);
    ResponseEntity<Map> again = Api.as("admin", port).postForEntity("/api/responses/batch", rows, Map.class);

    assertThat(again.getBody()).containsEntry("created", 0).containsEntry("duplicates", 2).containsEntry("rejected", 0);
    List<Map<String, Object>> firstResults = (List<Map<String, Object>>) first.getBody().get("results");
    List<Map<String, Object>> againResults = (List<Map<String, Object>>) again.getBody().get("results");
    assertThat(againResults).extracting(result -> result.get("status")).containsOnly("DUPLICATE");
    assertThat(againResults).extracting(result -> result.get("id"))
        .containsExactlyElementsOf(firstResults.stream().map(result -> result.get("id")).toList());
    assertThat(againResults).extracting(result -> result.get("caseId"))
        .containsExactlyElementsOf(firstResults.stream().map(result -> result.get("caseId")).toList());
  }

  @Test
  void a_batch_of_more_than_1000_rows_is_refused_whole() {
    String firstExternalId = newExternalId();
    List<Object> rows = new ArrayList<>();
    rows.add(response(firstExternalId, 9));
    for (int i = 1; i <= 1_000; i++) {
      rows.add(response(newExternalId(), 9));
    }

    ResponseEntity<Map> answer = Api.as("admin", port).postForEntity("/api/responses/batch", rows, Map.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertProblemJson(answer);
    assertThat(fieldsOf(answer)).containsExactly("body");
    assertThat(new IntakeDatabase(jdbc).responses(firstExternalId)).isZero();
  }

  @Test
  void open_cases_false_stores_the_detractors_of_a_batch_without_cases() {
    String detractor = newExternalId();
    ResponseEntity<Map> answer = Api.as("admin", port)
        .postForEntity("/api/responses/batch?openCases=false", List.of(response(detractor, 0)), Map.class);

    assertThat(answer.getBody()).containsEntry("created", 1);
    IntakeDatabase database = new IntakeDatabase(jdbc);
    assertThat(database.responses(detractor)).isEqualTo(1);
    assertThat(database.cases(detractor)).isZero();
  }

  @SuppressWarnings("unchecked")
  static List<String> errorFields(Map<String, Object> result) {
    return ((List<Map<String, Object>>) result.get("errors")).stream().map(error -> (String) error.get("field")).toList();
  }
}
