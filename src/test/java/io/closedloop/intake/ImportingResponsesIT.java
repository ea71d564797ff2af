package io.closedloop.intake;

import static io.closedloop.intake.ReceivingBatchIT.errorFields;
import static io.closedloop.intake.ReceivingResponsesIT.assertProblemJson;
import static io.closedloop.intake.ReceivingResponsesIT.fieldsOf;
import static io.closedloop.intake.Submissions.customerIdOf;
import static io.closedloop.intake.Submissions.newExternalId;
import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.Api;
import io.closedloop.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The API contract of {@code POST /api/responses/import} (CSV). */
@IntegrationTest
class ImportingResponsesIT {

  static final String HEADER = "externalId,score,comment,answeredAt,touchpoint,country,customer.externalId,customer.name,customer.servicePreference\n";

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Test
  @SuppressWarnings("unchecked")
  void keeps_the_good_rows_of_a_csv_and_reports_each_bad_one() {
    String detractor = newExternalId();
    String badScore = newExternalId();
    String promoter = newExternalId();
    String badCountryAndPreference = newExternalId();
    String passive = newExternalId();
    String csv = HEADER
        + row(detractor, "3", "\"Waited, and waited\"", "DK", "RELATIONAL")
        + row(badScore, "eleven", "", "DK", "")
        + row(promoter, "10", "\"She said \"\"thanks\"\"\"", "", "")
        + row(badCountryAndPreference, "5", "", "XX", "CHATTY")
        + row(passive, "8", "", "se", "FACTUAL");

    ResponseEntity<Map> answer = importCsv(csv, "");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).containsEntry("created", 3).containsEntry("duplicates", 0).containsEntry("rejected", 2);
    List<Map<String, Object>> results = (List<Map<String, Object>>) answer.getBody().get("results");
    assertThat(results).extracting(result -> result.get("row")).containsExactly(2, 4);
    assertThat(results).extracting(result -> result.get("status")).containsOnly("REJECTED");
    assertThat(errorFields(results.get(0))).containsExactly("score");
    assertThat(errorFields(results.get(1))).containsExactly("country", "customer.servicePreference");

    IntakeDatabase database = new IntakeDatabase(jdbc);
    assertThat(database.responses(detractor)).isEqualTo(1);
    assertThat(database.cases(detractor)).isEqualTo(1);
    assertThat(database.responses(promoter)).isEqualTo(1);
    assertThat(database.responses(passive)).isEqualTo(1);
    assertThat(database.responses(badScore)).isZero();
    assertThat(database.responses(badCountryAndPreference)).isZero();
    assertThat(jdbc.sql("select comment from response where external_id = ?").param(promoter).query(String.class).single())
        .isEqualTo("She said \"thanks\"");
    assertThat(jdbc.sql("select comment from response where external_id = ?").param(detractor).query(String.class).single())
        .isEqualTo("Waited, and waited");
  }

  @Test
  void an_unknown_column_refuses_the_whole_file_and_stores_nothing() {
    String good = newExternalId();
    String csv = "externalId,score,mood,customer.externalId\n"
        + good + ",9,happy," + customerIdOf(good) + "\n";

    ResponseEntity<Map> answer = importCsv(csv, "");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertProblemJson(answer);
    assertThat(fieldsOf(answer)).containsExactly("mood");
    assertThat(new IntakeDatabase(jdbc).responses(good)).isZero();
  }

  @Test
  void a_malformed_csv_refuses_the_whole_file_and_stores_nothing() {
    String good = newExternalId();
    String unterminated = newExternalId();
    String csv = HEADER
        + row(good, "9", "", "", "")
        + row(unterminated, "2", "\"This quote never ends", "", "");

    ResponseEntity<Map> answer = importCsv(csv, "");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertProblemJson(answer);
    assertThat(fieldsOf(answer)).containsExactly("body");
    IntakeDatabase database = new IntakeDatabase(jdbc);
    assertThat(database.responses(good)).isZero();
    assertThat(database.responses(unterminated)).isZero();
  }

  @Test
  void open_cases_false_stores_a_detractor_without_a_case() {
    String detractor = newExternalId();

    ResponseEntity<Map> answer = importCsv(HEADER + row(detractor, "1", "Too slow", "DK", ""), "?openCases=false");

    assertThat(answer.getBody()).containsEntry("created", 1).containsEntry("rejected", 0);
    assertThat(answer.getBody().get("results")).asList().isEmpty();
    IntakeDatabase database = new IntakeDatabase(jdbc);
    assertThat(database.responses(detractor)).isEqualTo(1);
    assertThat(database.cases(detractor)).isZero();
  }

  @Test
  void a_file_imported_twice_counts_its_rows_as_duplicates() {
    String csv = HEADER + row(newExternalId(), "6", "", "", "") + row(newExternalId(), "9", "", "", "");
    importCsv(csv, "");

    ResponseEntity<Map> again = importCsv(csv, "");

    assertThat(again.getBody()).containsEntry("created", 0).containsEntry("duplicates", 2).containsEntry("rejected", 0);
  }

  private ResponseEntity<Map> importCsv(String csv, String query) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(new MediaType("text", "csv"));
    return Api.as("admin", port).postForEntity("/api/responses/import" + query, new HttpEntity<>(csv, headers), Map.class);
  }

  private static String row(String externalId, String score, String comment, String country, String preference) {
    return String.join(",", externalId, score, comment, "2026-02-01T08:00:00Z", "store", country,
        customerIdOf(externalId), "Jens Jensen", preference) + "\n";
  }
}
