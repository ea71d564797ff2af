package io.closedloop.intake;

import static io.closedloop.intake.ReceivingResponsesIT.assertProblemJson;
import static io.closedloop.intake.Submissions.customerIdOf;
import static io.closedloop.intake.Submissions.newExternalId;
import static io.closedloop.intake.Submissions.response;
import static io.closedloop.intake.Submissions.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.Api;
import io.closedloop.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The limits of {@code closedloop.intake.limits.*} (defaults), over HTTP: each refusal names its limit, and stores nothing. */
@IntegrationTest
class IntakeLimitsIT {

  static final String HEADER = "externalId,score,comment,customer.externalId\n";

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Test
  void a_single_response_over_1_mb_is_a_413_and_is_not_stored() {
    String externalId = newExternalId();
    ResponseEntity<Map> refused = Api.as("admin", port).postForEntity("/api/responses",
        with(response(externalId, 3), "comment", "x".repeat(1_100_000)), Map.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertProblemJson(refused);
    assertThat(error(refused)).containsEntry("field", "body").containsEntry("message", "is larger than the limit of 1 MB for one response");
    assertThat(database().responses(externalId)).isZero();
  }

  @Test
  void a_batch_of_1001_responses_is_a_413_naming_the_limit_and_stores_none() {
    String first = newExternalId();
    List<Object> rows = new ArrayList<>(List.of(response(first, 9)));
    for (int i = 0; i < 1_000; i++) {
      rows.add(response(newExternalId(), 9));
    }

    ResponseEntity<Map> refused = Api.as("admin", port).postForEntity("/api/responses/batch", rows, Map.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertProblemJson(refused);
    assertThat(error(refused)).containsEntry("field", "body")
        .containsEntry("message", "holds more than the limit of 1000 responses for a batch");
    assertThat(database().responses(first)).isZero();
  }

  @Test
  void a_batch_body_over_16_mb_is_a_413_and_stores_none() {
    String first = newExternalId();
    List<Object> rows = new ArrayList<>(List.of(response(first, 9)));
    String longText = "y".repeat(9_000);
    for (int i = 0; i < 999; i++) {
      rows.add(with(with(response(newExternalId(), 9), "comment", longText), "product", longText));
    }

    ResponseEntity<Map> refused = Api.as("admin", port).postForEntity("/api/responses/batch", rows, Map.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(error(refused)).containsEntry("message", "is larger than the limit of 16 MB for a batch");
    assertThat(database().responses(first)).isZero();
  }

  @Test
  void a_batch_field_over_10000_characters_is_a_400_naming_field_and_row_and_stores_none() {
    String first = newExternalId();
    String second = newExternalId();
    List<Object> rows = List.of(response(first, 9),
        with(response(second, 2), "customer", Map.of("externalId", customerIdOf(second), "name", "n".repeat(10_001))));

    ResponseEntity<Map> refused = Api.as("admin", port).postForEntity("/api/responses/batch", rows, Map.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertProblemJson(refused);
    assertThat(error(refused)).containsEntry("field", "customer.name").containsEntry("row", 2)
        .containsEntry("message", "is longer than the limit of 10000 characters (in row 2)");
    assertThat(database().responses(first)).isZero();
    assertThat(database().responses(second)).isZero();
  }

  @Test
  void a_csv_file_declared_over_200_mb_is_a_413_before_it_is_read() throws IOException {
    String answer = postDeclaringLength("/api/responses/import", "text/csv", 200L * 1024 * 1024 + 1);

    assertThat(answer).startsWith("HTTP/1.1 413");
    assertThat(answer).contains("application/problem+json").contains("is larger than the limit of 200 MB for a CSV file");
  }

  @Test
  void a_single_response_declared_over_1_mb_is_a_413_before_it_is_read() throws IOException {
    String answer = postDeclaringLength("/api/responses", "application/json", 1024 * 1024 + 1);

    assertThat(answer).startsWith("HTTP/1.1 413").contains("is larger than the limit of 1 MB for one response");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "?openCases=false"})
  void a_csv_file_of_more_than_100000_rows_is_a_413_and_stores_none(String query) {
    String good = newExternalId();
    StringBuilder csv = new StringBuilder(HEADER).append(good).append(",9,,").append(customerIdOf(good)).append('\n');
    for (int i = 1; i <= 100_000; i++) {
      csv.append("r,1,,c\n");
    }

    ResponseEntity<Map> refused = importCsv(csv.toString(), query);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertProblemJson(refused);
    assertThat(error(refused)).containsEntry("field", "rows").containsEntry("message", "are more than the limit of 100000 rows for a CSV file");
    assertThat(database().responses(good)).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "?openCases=false"})
  void a_csv_cell_over_10000_characters_is_a_400_naming_column_and_row_and_stores_none(String query) {
    String good = newExternalId();
    String tooLong = newExternalId();
    String csv = HEADER + good + ",9,fine," + customerIdOf(good) + "\n"
        + tooLong + ",2,\"" + "\"\"".repeat(10_001) + "\"," + customerIdOf(tooLong) + "\n";

    ResponseEntity<Map> refused = importCsv(csv, query);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertProblemJson(refused);
    assertThat(error(refused)).containsEntry("field", "comment").containsEntry("row", 2);
    assertThat(database().responses(good)).isZero();
    assertThat(database().responses(tooLong)).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "?openCases=false"})
  @SuppressWarnings("unchecked")
  void an_import_lists_its_first_100_rejected_rows_counts_them_all_and_keeps_the_good_ones(String query) {
    String good = newExternalId();
    String alsoGood = newExternalId();
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 1; i <= 150; i++) {
      csv.append(newExternalId()).append(",eleven,,c\n");
      if (i == 50) {
        csv.append(good).append(",9,,").append(customerIdOf(good)).append('\n');
      }
    }
    csv.append(alsoGood).append(",3,,").append(customerIdOf(alsoGood)).append('\n');

    ResponseEntity<Map> answer = importCsv(csv.toString(), query);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).containsEntry("created", 2).containsEntry("rejected", 150);
    List<Map<String, Object>> results = (List<Map<String, Object>>) answer.getBody().get("results");
    assertThat(results).hasSize(100);
    assertThat(results.get(0)).containsEntry("row", 1).containsEntry("status", "REJECTED");
    assertThat(results.get(49)).containsEntry("row", 50);
    assertThat(results.get(50)).containsEntry("row", 52);
    assertThat(results.get(99)).containsEntry("row", 101);
    assertThat(database().responses(good)).isEqualTo(1);
    assertThat(database().responses(alsoGood)).isEqualTo(1);
  }

  private String postDeclaringLength(String path, String contentType, long contentLength) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Basic "
          + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8))
          + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + contentLength + "\r\nConnection: close\r\n\r\n{")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      // the client sends no more: the server, having answered, reaches the end of the body and closes
      socket.shutdownOutput();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private ResponseEntity<Map> importCsv(String csv, String query) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(new MediaType("text", "csv"));
    return Api.as("admin", port).postForEntity("/api/responses/import" + query, new HttpEntity<>(csv, headers), Map.class);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> error(ResponseEntity<Map> answer) {
    List<Map<String, Object>> errors = (List<Map<String, Object>>) answer.getBody().get("errors");
    assertThat(errors).hasSize(1);
    return errors.get(0);
  }

  private IntakeDatabase database() {
    return new IntakeDatabase(jdbc);
  }
}
