package io.closedloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.closedloop.support.Api;
import io.closedloop.support.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The metrics API against the running application: figures that follow the work, who sees what, CSV and bad input. */
@IntegrationTest
class MetricsApiIT {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  private final String product = "metrics-api-" + UUID.randomUUID().toString().substring(0, 8);

  @Test
  void the_figures_follow_new_responses_reassignments_and_resolutions() {
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    String closedLoop = "/api/metrics/closed-loop?from=" + today + "&to=" + today + "&groupBy=product";
    TestRestTemplate mike = Api.as("mike", port);

    respond(10, "customer-service", null);
    String caseId = respond(3, "customer-service", null);
    JsonNode before = group(get("lea", "/api/metrics/nps?from=" + today + "&to=" + today + "&groupBy=product"));
    assertThat(before.get("responses").asInt()).isEqualTo(2);
    assertThat(before.get("nps").asInt()).isZero();
    assertThat(group(get("lea", closedLoop)).get("casesOpened").asInt()).isEqualTo(1);

    mike.postForEntity("/api/cases/{id}/assignment", Map.of("owner", "alice", "reason", "Knows the customer"), Map.class, caseId);
    mike.postForEntity("/api/cases/{id}/assignment", Map.of("owner", "bob", "reason", "Alice is away"), Map.class, caseId);
    JsonNode owners = get("lea", "/api/metrics/closed-loop/cases?from=" + today + "&to=" + today + "&groupBy=product&key=" + product);
    assertThat(owners.findValuesAsText("owner")).containsExactly("bob");

    TestRestTemplate bob = Api.as("bob", port);
    bob.postForEntity("/api/cases/{id}/contact-attempts", Map.of("channel", "PHONE", "reached", true, "note", "Talked"), Map.class, caseId);
    ResponseEntity<Map> resolved = bob.postForEntity("/api/cases/{id}/resolution", Map.of("rootCause", "price.too-high",
        "outcome", "RECOVERED", "notes", "Explained the plans"), Map.class, caseId);
    assertThat(resolved.getStatusCode()).isEqualTo(HttpStatus.OK);
    respond(9, "customer-service", null);

    JsonNode after = group(get("lea", closedLoop));
    assertThat(after.get("closedLoopRate").decimalValue()).isEqualByComparingTo("1");
    assertThat(after.get("contactedWithinSlaShare").decimalValue()).isEqualByComparingTo("1");
    assertThat(after.at("/timeToCloseHours/p50").isNull()).isFalse();
    JsonNode npsAfter = group(get("lea", "/api/metrics/nps?from=" + today + "&to=" + today + "&groupBy=product"));
    assertThat(npsAfter.get("responses").asInt()).isEqualTo(3);
    assertThat(npsAfter.get("nps").asInt()).isEqualTo(33);
    assertThat(npsAfter.get("npsExact").decimalValue()).isEqualByComparingTo("33.3");
  }

  @Test
  void a_manager_sees_the_figures_of_their_own_teams_only() {
    String team = "metrics-other-" + UUID.randomUUID().toString().substring(0, 8);
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    respond(10, team, null);
    respond(9, "customer-service", null);
    String byProduct = "/api/metrics/nps?from=" + today + "&to=" + today + "&groupBy=product";

    assertThat(group(get("lea", byProduct)).get("responses").asInt()).isEqualTo(2);
    assertThat(group(get("mike", byProduct)).get("responses").asInt()).isEqualTo(1);
    assertThat(get("mike", "/api/metrics/nps?from=" + today + "&to=" + today + "&groupBy=team").findValuesAsText("key"))
        .containsOnly("customer-service");
    assertThat(get("mike", "/api/metrics/nps?from=" + today + "&to=" + today + "&team=" + team).at("/total/responses").asInt()).isZero();
    assertThat(get("lea", "/api/metrics/nps?from=" + today + "&to=" + today + "&team=" + team).at("/total/responses").asInt()).isEqualTo(1);
    assertThat(get("mike", "/api/metrics/nps/responses?from=" + today + "&to=" + today + "&groupBy=product&key=" + product)
        .at("/page/totalElements").asInt()).isEqualTo(1);
  }

  @Test
  void the_wall_screen_sees_totals_and_trends_but_no_cuts_or_lists() {
    assertThat(status("wall", "/api/metrics/nps")).isEqualTo(HttpStatus.OK);
    assertThat(status("wall", "/api/metrics/closed-loop?groupBy=week")).isEqualTo(HttpStatus.OK);
    assertThat(status("wall", "/api/metrics/nps?groupBy=employee")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status("wall", "/api/metrics/nps/responses")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status("alice", "/api/metrics/nps")).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void every_metrics_endpoint_answers_csv_when_asked() {
    respond(10, "customer-service", null);
    for (String path : List.of("/api/metrics/nps?groupBy=product", "/api/metrics/closed-loop?groupBy=week",
        "/api/metrics/root-causes", "/api/metrics/idea-funnel", "/api/metrics/nps/responses?groupBy=product&key=" + product,
        "/api/metrics/closed-loop/cases")) {
      ResponseEntity<String> csv = exchange("lea", path, "text/csv");

      assertThat(csv.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.valueOf("text/csv"))).as(path).isTrue();
    }
    String nps = exchange("lea", "/api/metrics/nps?groupBy=product", "text/csv").getBody();
    List<String> lines = nps.lines().toList();
    assertThat(lines.get(0)).isEqualTo("from,to,row,key,figures.responses,figures.promoters,figures.passives,figures.detractors,"
        + "figures.nps,figures.npsExact,figures.promoterShare,figures.passiveShare,figures.detractorShare");
    assertThat(lines.get(1)).contains(",total,,");
    assertThat(lines).anySatisfy(line -> assertThat(line).contains(",group," + product + ",1,1,0,0,100,100.0,"));
    String responses = exchange("lea", "/api/metrics/nps/responses?groupBy=product&key=" + product, "text/csv").getBody();
    assertThat(responses.lines().count()).isEqualTo(2);
  }

  @Test
  void bad_parameters_are_a_400_naming_the_field() {
    assertThat(problemField("/api/metrics/nps?groupBy=colour")).isEqualTo("groupBy");
    assertThat(problemField("/api/metrics/nps?groupBy=owner")).isEqualTo("groupBy");
    assertThat(problemField("/api/metrics/closed-loop?from=2026-13-01")).isEqualTo("from");
    assertThat(problemField("/api/metrics/closed-loop?from=2026-03-01&to=2026-02-01")).isEqualTo("to");
    assertThat(problemField("/api/metrics/closed-loop/cases?figure=HAPPY")).isEqualTo("figure");
    assertThat(problemField("/api/metrics/nps/responses?groupBy=week&key=2026-14")).isEqualTo("key");
    assertThat(exchange("lea", "/api/metrics/nps?groupBy=colour", "text/csv").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private String problemField(String path) {
    ResponseEntity<JsonNode> problem = Api.as("lea", port).getForEntity(path, JsonNode.class);
    assertThat(problem.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(problem.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    return problem.getBody().at("/errors/0/field").asText();
  }

  private JsonNode group(JsonNode report) {
    for (JsonNode group : report.get("groups")) {
      if (product.equals(group.get("key").asText())) {
        return group;
      }
    }
    throw new AssertionError("no group " + product + " in " + report);
  }

  private JsonNode get(String user, String path) {
    ResponseEntity<JsonNode> answer = Api.as(user, port).getForEntity(path, JsonNode.class);
    assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private HttpStatus status(String user, String path) {
    return HttpStatus.valueOf(Api.as(user, port).getForEntity(path, String.class).getStatusCode().value());
  }

  private ResponseEntity<String> exchange(String user, String path, String accept) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("Accept", accept);
    return Api.as(user, port).exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  /** Posts a response of today for this test's product; answers the id of the case it opened, if any. */
  private String respond(int score, String team, String segment) {
    String externalId = "metrics-it-" + UUID.randomUUID();
    Map<String, Object> customer = new HashMap<>(Map.of("externalId", "customer-" + externalId, "name", "Jonas Berg"));
    if (segment != null) {
      customer.put("segment", segment);
    }
    Map<String, Object> response = new HashMap<>(Map.of("externalId", externalId, "score", score, "touchpoint", "website",
        "team", team, "product", product, "customer", customer));
    ResponseEntity<Map> created = Api.as("admin", port).postForEntity("/api/responses", response, Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return (String) created.getBody().get("caseId");
  }
}
