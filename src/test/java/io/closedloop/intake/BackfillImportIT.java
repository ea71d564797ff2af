package io.closedloop.intake;

import static io.closedloop.intake.ReceivingBatchIT.errorFields;
import static io.closedloop.intake.ReceivingResponsesIT.fieldsOf;
import static io.closedloop.intake.Submissions.customerIdOf;
import static io.closedloop.intake.Submissions.newExternalId;
import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.demo.generator.SampleCsv;
import io.closedloop.demo.generator.SampleGenerator;
import io.closedloop.demo.generator.SampleSettings;
import io.closedloop.support.Api;
import io.closedloop.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The set-wise backfill of {@code POST /api/responses/import?openCases=false} keeps the import's contract. */
@IntegrationTest
class BackfillImportIT {

  static final String HEADER = "externalId,score,comment,answeredAt,touchpoint,country,customer.externalId,customer.name,customer.email\n";

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Test
  @SuppressWarnings("unchecked")
  void keeps_the_good_rows_and_reports_each_bad_one_by_its_row_number() {
    String good = newExternalId();
    String badScore = newExternalId();
    String shortRow = newExternalId();
    String alsoGood = newExternalId();
    String csv = HEADER
        + row(good, "2", "\"Waited,\ttabbed and \\ escaped\"", "mette@example.com")
        + row(badScore, "11", "", "")
        + shortRow + ",5\n"
        + row(alsoGood, "9", "\"two\nlines\"", "");

    ResponseEntity<Map> answer = backfill(csv);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).containsEntry("created", 2).containsEntry("duplicates", 0).containsEntry("rejected", 2);
    List<Map<String, Object>> results = (List<Map<String, Object>>) answer.getBody().get("results");
    assertThat(results).extracting(result -> result.get("row")).containsExactly(2, 3);
    assertThat(results).extracting(result -> result.get("status")).containsOnly("REJECTED");
    assertThat(errorFields(results.get(0))).containsExactly("score");
    assertThat(errorFields(results.get(1))).containsExactly("row");
    IntakeDatabase database = new IntakeDatabase(jdbc);
    assertThat(database.responses(good)).isEqualTo(1);
    assertThat(database.cases(good)).isZero();
    assertThat(database.responses(alsoGood)).isEqualTo(1);
    assertThat(database.responses(badScore)).isZero();
    assertThat(database.responses(shortRow)).isZero();
    assertThat(comment(good)).isEqualTo("Waited,\ttabbed and \\ escaped");
    assertThat(comment(alsoGood)).isEqualTo("two\nlines");
    assertThat(jdbc.sql("select category from response where external_id = ?").param(good).query(String.class).single())
        .isEqualTo("DETRACTOR");
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_repeat_within_the_file_is_a_duplicate_and_a_changed_repeat_is_rejected() {
    String id = newExternalId();
    String csv = HEADER + row(id, "4", "first", "") + row(id, "4", "first", "") + row(id, "4", "changed", "");

    ResponseEntity<Map> answer = backfill(csv);

    assertThat(answer.getBody()).containsEntry("created", 1).containsEntry("duplicates", 1).containsEntry("rejected", 1);
    List<Map<String, Object>> results = (List<Map<String, Object>>) answer.getBody().get("results");
    assertThat(results).extracting(result -> result.get("row")).containsExactly(3);
    assertThat(errorFields(results.get(0))).containsExactly("externalId");
    assertThat(comment(id)).isEqualTo("first");
  }

  @Test
  @SuppressWarnings("unchecked")
  void rows_already_in_the_database_are_duplicates_or_conflicts_whichever_way_they_came_in() {
    String same = newExternalId();
    String changed = newExternalId();
    importCsv(HEADER + row(same, "8", "kept", "") + row(changed, "8", "original", ""), "");

    ResponseEntity<Map> answer = backfill(HEADER + row(same, "8", "kept", "") + row(changed, "8", "edited", ""));

    assertThat(answer.getBody()).containsEntry("created", 0).containsEntry("duplicates", 1).containsEntry("rejected", 1);
    List<Map<String, Object>> results = (List<Map<String, Object>>) answer.getBody().get("results");
    assertThat(results).extracting(result -> result.get("row")).containsExactly(2);
    assertThat(((List<Map<String, Object>>) results.get(0).get("errors")).get(0).get("message").toString())
        .contains("different content");
    assertThat(comment(changed)).isEqualTo("original");
  }

  @Test
  void a_malformed_file_is_refused_whole_and_nothing_is_stored() {
    String good = newExternalId();
    String unterminated = newExternalId();
    String csv = HEADER + row(good, "9", "", "") + row(unterminated, "2", "\"never ends", "");

    ResponseEntity<Map> answer = backfill(csv);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fieldsOf(answer)).containsExactly("body");
    assertThat(new IntakeDatabase(jdbc).responses(good)).isZero();
    assertThat(new IntakeDatabase(jdbc).customers(customerIdOf(good))).isZero();
  }

  @Test
  void an_unknown_column_is_refused_whole() {
    String good = newExternalId();

    ResponseEntity<Map> answer = backfill("externalId,score,mood,customer.externalId\n" + good + ",9,happy," + customerIdOf(good) + "\n");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fieldsOf(answer)).containsExactly("mood");
    assertThat(new IntakeDatabase(jdbc).responses(good)).isZero();
  }

  @Test
  void a_known_customer_keeps_its_details_and_the_latest_differing_row_is_recorded_in_its_history() {
    String first = newExternalId();
    String customer = customerIdOf(first);
    importCsv(HEADER + String.join(",", first, "9", "", "2026-02-01T08:00:00Z", "store", "DK", customer, "Old Name", "old@example.com") + "\n", "");

    String second = newExternalId();
    String third = newExternalId();
    backfill(HEADER
        + String.join(",", second, "7", "", "2026-02-02T08:00:00Z", "store", "DK", customer, "Middle Name", "") + "\n"
        + String.join(",", third, "7", "", "2026-02-03T08:00:00Z", "store", "DK", customer, "New Name", "") + "\n");

    assertThat(jdbc.sql("select name || ' ' || email from customer where external_id = ?").param(customer).query(String.class).single())
        .isEqualTo("Old Name old@example.com");
    assertThat(jdbc.sql("""
            select h.field || ': ' || h.before_value || ' -> ' || h.after_value || ' ' || h.applied || ' from ' || h.response_external_id
                   || ' by ' || h.posted_by
            from customer_change h join customer c on c.id = h.customer_id where c.external_id = ?
            """).param(customer).query(String.class).list())
        .containsExactly("name: Old Name -> New Name false from " + third + " by admin");
    assertThat(jdbc.sql("select count(distinct customer_id) from response where external_id in (?, ?, ?)")
        .params(first, second, third).query(Integer.class).single()).isEqualTo(1);
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_large_file_is_stored_whole_across_chunks_with_its_late_repeats_told_apart_and_all_duplicates_the_second_time() throws IOException {
    String prefix = "bf-" + UUID.randomUUID() + "-";
    SampleGenerator generator = new SampleGenerator(SampleSettings.of(20_000, 99, Instant.now().truncatedTo(ChronoUnit.DAYS))
        .withIdPrefix(prefix));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SampleCsv.write(generator, out);
    String csv = out.toString(StandardCharsets.UTF_8);
    long detractors = generator.responses().filter(r -> r.detractor()).count();
    long customers = generator.responses().map(r -> r.customer().externalId()).distinct().count();

    String[] lines = csv.split("\n", 4);
    String[] second = lines[2].split(",", 3);
    String changedScore = String.join(",", second[0], second[1].equals("10") ? "0" : "10", second[2]);
    String repeats = lines[1] + "\n" + changedScore + "\n";

    ResponseEntity<Map> first = backfill(csv + repeats);
    ResponseEntity<Map> again = backfill(csv);

    assertThat(first.getBody()).containsEntry("created", 20_000).containsEntry("duplicates", 1).containsEntry("rejected", 1);
    assertThat((List<Map<String, Object>>) first.getBody().get("results")).extracting(result -> result.get("row"))
        .containsExactly(20_002);
    assertThat(count("select count(*) from response where external_id like ?", prefix + "%")).isEqualTo(20_000);
    assertThat(count("select count(*) from response where external_id like ? and category = 'DETRACTOR'", prefix + "%")).isEqualTo(detractors);
    assertThat(count("select count(*) from customer where external_id like ?", prefix + "%")).isEqualTo(customers);
    assertThat(count("select count(*) from detractor_case c join response r on r.id = c.response_id where r.external_id like ?", prefix + "%")).isZero();
    assertThat(count("select count(*) from reference_code where kind = 'EMPLOYEE' and code = ?", "cs-001")).isEqualTo(1);
    assertThat(again.getBody()).containsEntry("created", 0).containsEntry("duplicates", 20_000).containsEntry("rejected", 0);
  }

  private long count(String sql, String param) {
    return jdbc.sql(sql).param(param).query(Long.class).single();
  }

  private String comment(String externalId) {
    return jdbc.sql("select comment from response where external_id = ?").param(externalId).query(String.class).single();
  }

  private ResponseEntity<Map> backfill(String csv) {
    return importCsv(csv, "?openCases=false");
  }

  private ResponseEntity<Map> importCsv(String csv, String query) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
    return Api.as("admin", port).postForEntity("/api/responses/import" + query, new HttpEntity<>(csv, headers), Map.class);
  }

  private static String row(String externalId, String score, String comment, String email) {
    return String.join(",", externalId, score, comment, "2026-02-01T08:00:00Z", "store", "DK",
        customerIdOf(externalId), "Jens Jensen", email) + "\n";
  }
}
