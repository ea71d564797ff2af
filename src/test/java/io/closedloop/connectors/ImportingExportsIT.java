package io.closedloop.connectors;

import static io.closedloop.support.ProblemJson.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.closedloop.support.Api;
import io.closedloop.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A survey tool's own export file, shaped like its documented export, imported as it comes with the source's column mapping. */
@IntegrationTest
class ImportingExportsIT {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Test
  void a_qualtrics_export_imports_its_rows_and_opens_a_case_for_its_detractor() {
    Ids ids = Ids.fresh();
    UUID source = new Hooks(port).register("qualtrics", null, null).id();

    ResponseEntity<Map> imported = importAs("admin", source, Fixtures.load("qualtrics-export.csv", ids.values()));

    assertThat(imported.getBody()).containsEntry("created", 2).containsEntry("rejected", 0);
    assertThat(caseOf("R_" + ids.first())).isNotNull();
    assertThat(caseOf("R_" + ids.second())).isNull();
    assertThat(jdbc.sql("select name from customer where external_id = :id").param("id", ids.firstCustomer()).query(String.class).single())
        .isEqualTo("Jens Jensen");
  }

  @Test
  void a_surveymonkey_export_imports_its_rows_with_the_labelled_score() {
    Ids ids = Ids.fresh();
    UUID source = new Hooks(port).register("surveymonkey", null, null).id();

    ResponseEntity<Map> imported = importAs("mike", source, Fixtures.load("surveymonkey-export.csv", ids.values()));

    assertThat(imported.getBody()).containsEntry("created", 2);
    assertThat(jdbc.sql("select score from response where external_id = :id").param("id", ids.second()).query(Integer.class).single())
        .isEqualTo(10);
    assertThat(caseOf(ids.first())).isNotNull();
  }

  @Test
  void a_delighted_export_imports_with_the_saved_column_mapping_and_again_as_duplicates() {
    Ids ids = Ids.fresh();
    UUID source = new Hooks(port).register("delighted", Map.of("customer.externalId", "Customer ID"), null).id();
    String file = Fixtures.load("delighted-export.csv", ids.values());

    ResponseEntity<Map> imported = importAs("admin", source, file);
    ResponseEntity<Map> again = importAs("admin", source, file);

    assertThat(imported.getBody()).containsEntry("created", 2);
    assertThat(again.getBody()).containsEntry("created", 0).containsEntry("duplicates", 2);
    assertThat(jdbc.sql("select count(*) from customer where external_id = :id").param("id", ids.firstCustomer()).query(Long.class).single())
        .isEqualTo(1);
  }

  @Test
  void a_client_with_responses_write_imports_an_export_file() {
    Ids ids = Ids.fresh();
    UUID source = new Hooks(port).register("delighted", null, null).id();
    Clients clients = new Clients(port);

    HttpResponse<String> imported = clients.send("POST", "/api/sources/" + source + "/import", clients.create("responses:write").token(),
        "text/csv", Fixtures.load("delighted-export.csv", ids.values()));

    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    JsonNode body = Hooks.json(imported);
    assertThat(body.path("created").asInt()).isEqualTo(2);
  }

  @Test
  void a_file_lacking_a_column_the_mapping_names_is_refused_whole_naming_the_field() {
    Ids ids = Ids.fresh();
    UUID source = new Hooks(port).register("delighted", Map.of("team", "Team"), null).id();

    ResponseEntity<Map> refused = importAs("admin", source, Fixtures.load("delighted-export.csv", ids.values()));

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(fields(refused.getBody())).contains("mapping.team");
    assertThat(caseOf(ids.first())).isNull();
  }

  @Test
  void a_webhook_source_takes_no_export_files() {
    UUID source = new Hooks(port).register("formbricks", null, null).id();

    ResponseEntity<Map> refused = importAs("admin", source, "Response ID,Score\r\n1,2\r\n");

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(fields(refused.getBody())).contains("source");
  }

  private ResponseEntity<Map> importAs(String user, UUID source, String file) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/csv"));
    return Api.as(user, port).exchange("/api/sources/" + source + "/import", HttpMethod.POST, new HttpEntity<>(file, headers), Map.class);
  }

  private UUID caseOf(String externalId) {
    return jdbc.sql("select d.id from detractor_case d join response r on r.id = d.response_id where r.external_id = :id")
        .param("id", externalId).query(UUID.class).optional().orElse(null);
  }

  /** Fresh ids for the two rows of an export fixture. */
  record Ids(String first, String second, String firstCustomer, String secondCustomer) {
    static Ids fresh() {
      String run = UUID.randomUUID().toString().substring(0, 8);
      return new Ids("x1-" + run, "x2-" + run, "xc1-" + run, "xc2-" + run);
    }

    Map<String, String> values() {
      return Map.of("id1", first, "id2", second, "customer1", firstCustomer, "customer2", secondCustomer);
    }
  }
}
