package io.closedloop.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.closedloop.support.Api;
import io.closedloop.support.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Input that used to end in a 500 (a failed query, a refused NUL, an unconverted parameter) is a 400 naming the field. */
@IntegrationTest
class BadInputIT {

  @LocalServerPort
  int port;

  @Test
  void an_unknown_sort_property_is_a_400_naming_sort_on_every_list() {
    for (String list : new String[] {"/api/notifications", "/api/ideas", "/api/improvement-cycles", "/api/cases"}) {
      JsonNode problem = problem(get(list + "?sort=foo"), list);

      assertThat(problem.at("/errors/0/field").asText()).as(list).isEqualTo("sort");
      assertThat(problem.at("/errors/0/message").asText()).as(list).startsWith("cannot sort by foo; use one of");
    }
  }

  @Test
  void a_known_sort_property_still_sorts() {
    assertThat(get("/api/notifications?sort=createdAt,asc").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("/api/ideas?sort=title,desc").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("/api/improvement-cycles?sort=number").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void a_nul_in_a_response_comment_or_customer_name_is_a_400_naming_the_field() {
    assertThat(fieldOf(post("/api/responses", response("comment", "Rude\u0000agent", "Ann Berg")))).isEqualTo("comment");
    assertThat(fieldOf(post("/api/responses", response("comment", "Fine", "Ann\u0000Berg")))).isEqualTo("customer.name");
  }

  @Test
  void other_control_characters_in_a_text_field_are_a_400_but_tabs_and_line_breaks_are_kept() {
    assertThat(fieldOf(post("/api/ideas", Map.of("title", "Ring \u0007 the bell", "horizon", "SHORT_TERM")))).isEqualTo("title");

    ResponseEntity<JsonNode> created = post("/api/responses", response("comment", "First line\r\n\tindented", "Ann Berg"));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void a_nul_in_a_batch_row_or_a_csv_row_rejects_that_row_naming_the_field() {
    ResponseEntity<JsonNode> batch = post("/api/responses/batch", new Object[] {response("comment", "Bad\u0000", "Ann Berg")});
    assertThat(batch.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(batch.getBody().at("/results/0/status").asText()).isEqualTo("REJECTED");
    assertThat(batch.getBody().at("/results/0/errors/0/field").asText()).isEqualTo("comment");

    String csv = "externalId,score,comment,customer.externalId\nnul-" + UUID.randomUUID() + ",3,Bad\u0000comment,c-" + UUID.randomUUID() + "\n";
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.valueOf("text/csv"));
    ResponseEntity<JsonNode> imported = admin().exchange("/api/responses/import", HttpMethod.POST, new HttpEntity<>(csv, headers),
        JsonNode.class);
    assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(imported.getBody().at("/rejected").asInt()).isEqualTo(1);
    assertThat(imported.getBody().at("/results/0/errors/0/field").asText()).isEqualTo("comment");
  }

  @Test
  void a_nul_in_a_query_parameter_is_a_400_naming_the_parameter() {
    assertThat(fieldOf(admin().getForEntity("/api/cases?q={q}", JsonNode.class, "Ann\u0000"))).isEqualTo("q");
    assertThat(fieldOf(admin().getForEntity("/api/ideas/offers?rootCause={code}", JsonNode.class, "price\u0000"))).isEqualTo("rootCause");
  }

  @Test
  void malformed_parameters_are_a_400_naming_the_field() {
    assertThat(fieldOf(get("/api/cases/not-a-uuid"))).isEqualTo("id");
    assertThat(fieldOf(post("/api/notifications/not-a-uuid/read", Map.of()))).isEqualTo("id");
    assertThat(fieldOf(get("/api/cases?dueBefore=yesterday"))).isEqualTo("dueBefore");
    assertThat(fieldOf(get("/api/cases?status=SLEEPING"))).isEqualTo("status");
    assertThat(fieldOf(get("/api/cases?overdue=perhaps"))).isEqualTo("overdue");
    assertThat(fieldOf(get("/api/ideas?status=SOMEDAY"))).isEqualTo("status");
    assertThat(fieldOf(get("/api/ideas/offers"))).isEqualTo("rootCause");
  }

  @Test
  void malformed_bodies_are_a_400_naming_the_field_without_naming_our_classes() {
    ResponseEntity<JsonNode> badEnum = post("/api/ideas", Map.of("title", "Shorter queue", "horizon", "SOMEDAY"));
    assertThat(fieldOf(badEnum)).isEqualTo("horizon");
    assertThat(badEnum.getBody().at("/errors/0/message").asText()).isEqualTo("must be one of [SHORT_TERM, LONG_TERM]");

    assertThat(fieldOf(post("/api/responses", response("score", "ten", "Ann Berg")))).isEqualTo("score");

    ResponseEntity<JsonNode> badJson = postRaw("/api/ideas", "{\"title\": ");
    assertThat(fieldOf(badJson)).isEqualTo("body");

    ResponseEntity<JsonNode> wrongShape = postRaw("/api/ideas", "[1, 2]");
    assertThat(fieldOf(wrongShape)).isEqualTo("body");
    assertThat(wrongShape.getBody().toString()).doesNotContain("io.closedloop", "IdeaController", "NewIdea");
  }

  private Map<String, Object> response(String field, Object value, String customerName) {
    String externalId = "bad-input-" + UUID.randomUUID();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("externalId", externalId);
    body.put("score", 3);
    body.put("customer", Map.of("externalId", "c-" + externalId, "name", customerName));
    body.put(field, value);
    return body;
  }

  private String fieldOf(ResponseEntity<JsonNode> answer) {
    return problem(answer, "").at("/errors/0/field").asText();
  }

  private JsonNode problem(ResponseEntity<JsonNode> answer, String what) {
    assertThat(answer.getStatusCode()).as(what + " " + answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getHeaders().getContentType().toString()).as(what).startsWith("application/problem+json");
    return answer.getBody();
  }

  private ResponseEntity<JsonNode> get(String path) {
    return admin().getForEntity(path, JsonNode.class);
  }

  private ResponseEntity<JsonNode> post(String path, Object body) {
    return admin().postForEntity(path, body, JsonNode.class);
  }

  private ResponseEntity<JsonNode> postRaw(String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return admin().exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), JsonNode.class);
  }

  private TestRestTemplate admin() {
    return Api.as("admin", port);
  }
}
