package io.closedloop.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.closedloop.support.Api;
import io.closedloop.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Machine clients call the API with their bearer tokens: intake without a human login, and only what their scopes allow. */
@IntegrationTest
class MachineClientsIT {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Test
  void a_client_with_responses_write_posts_a_response_that_opens_a_case_without_a_human_login() {
    Clients clients = new Clients(port);
    Clients.Created client = clients.create("responses:write");
    String externalId = "mc-" + UUID.randomUUID();

    HttpResponse<String> posted = clients.postJson("/api/responses", client.token(), response(externalId, 3));

    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    assertThat(Hooks.json(posted).path("caseId").isNull()).isFalse();
  }

  @Test
  void what_a_client_posts_is_recorded_as_posted_by_the_client() {
    Clients clients = new Clients(port);
    Clients.Created client = clients.create("responses:write");
    String externalId = "mc-" + UUID.randomUUID();
    clients.postJson("/api/responses", client.token(), response(externalId, 9));

    String renamed = response(externalId + "-2", 9).replace("\"c-" + externalId + "-2\"", "\"c-" + externalId + "\"")
        .replace("Maskine Kunde", "Maskine Kundesen");
    assertThat(clients.postJson("/api/responses", client.token(), renamed).statusCode()).isEqualTo(201);

    assertThat(jdbc.sql("select posted_by from customer_change where response_external_id = :id").param("id", externalId + "-2")
        .query(String.class).list()).containsExactly("client:" + client.name());
  }

  @Test
  void the_token_is_shown_once_and_stored_only_as_its_hash() {
    Clients clients = new Clients(port);
    Clients.Created client = clients.create("metrics:read");

    String listed = Api.as("admin", port).getForObject("/api/clients", String.class);

    assertThat(client.token()).startsWith("cl_").hasSizeGreaterThan(40);
    assertThat(listed).contains(client.id().toString()).doesNotContain(client.token());
    assertThat(jdbc.sql("select count(*) from machine_client where token_hash = :token or token_hint = :token")
        .param("token", client.token()).query(Long.class).single()).isZero();
  }

  @Test
  void a_revoked_token_is_refused_at_once() {
    Clients clients = new Clients(port);
    Clients.Created client = clients.create("metrics:read");
    assertThat(clients.get("/api/metrics/nps", client.token()).statusCode()).isEqualTo(200);

    Api.as("admin", port).exchange("/api/clients/" + client.id(), HttpMethod.DELETE, HttpEntity.EMPTY, Void.class);

    HttpResponse<String> refused = clients.get("/api/metrics/nps", client.token());
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().firstValue("WWW-Authenticate").orElse("")).contains("Bearer");
  }

  @Test
  void a_token_without_responses_write_cannot_post_responses() {
    Clients clients = new Clients(port);
    Clients.Created reader = clients.create("metrics:read", "cases:read");
    String externalId = "mc-" + UUID.randomUUID();

    assertThat(clients.postJson("/api/responses", reader.token(), response(externalId, 2)).statusCode()).isEqualTo(403);
    assertThat(clients.postJson("/api/responses/batch", reader.token(), "[" + response(externalId, 2) + "]").statusCode()).isEqualTo(403);
    assertThat(jdbc.sql("select count(*) from response where external_id = :id").param("id", externalId).query(Long.class).single()).isZero();
  }

  @Test
  void cases_read_reads_the_cases_of_every_team_as_leadership_does_and_changes_none() {
    Clients clients = new Clients(port);
    Clients.Created writer = clients.create("responses:write");
    Clients.Created reader = clients.create("cases:read");
    String caseId = Hooks.json(clients.postJson("/api/responses", writer.token(), response("mc-" + UUID.randomUUID(), 1)))
        .path("caseId").asText();

    HttpResponse<String> one = clients.get("/api/cases/" + caseId, reader.token());
    HttpResponse<String> list = clients.get("/api/cases?size=200", reader.token());

    assertThat(one.statusCode()).isEqualTo(200);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(Hooks.json(list).path("page").path("totalElements").asLong())
        .isEqualTo(jdbc.sql("select count(*) from detractor_case").query(Long.class).single());
    assertThat(clients.send("POST", "/api/cases/" + caseId + "/claim", reader.token(), null, null).statusCode()).isEqualTo(403);
    assertThat(clients.get("/api/metrics/nps", reader.token()).statusCode()).isEqualTo(403);
  }

  @Test
  void metrics_read_sees_the_figures_of_every_team() {
    Clients clients = new Clients(port);
    Clients.Created reader = clients.create("metrics:read");

    HttpResponse<String> byTeam = clients.get("/api/metrics/nps?groupBy=team", reader.token());

    assertThat(byTeam.statusCode()).isEqualTo(200);
    assertThat(clients.get("/api/cases", reader.token()).statusCode()).isEqualTo(403);
  }

  @Test
  void the_last_use_is_shown_in_the_list() {
    Clients clients = new Clients(port);
    Clients.Created client = clients.create("metrics:read");
    assertThat(lastUse(client)).isNull();

    clients.get("/api/metrics/nps", client.token());

    assertThat(lastUse(client)).isNotNull();
  }

  @Test
  void an_unknown_token_is_unauthorized_and_a_client_never_reaches_the_admins_api() {
    Clients clients = new Clients(port);
    Clients.Created client = clients.create("responses:write", "metrics:read", "cases:read", "metrics:scrape");

    assertThat(clients.get("/api/metrics/nps", "cl_" + "x".repeat(43)).statusCode()).isEqualTo(401);
    assertThat(clients.get("/api/clients", client.token()).statusCode()).isEqualTo(403);
    assertThat(clients.get("/api/sources", client.token()).statusCode()).isEqualTo(403);
    assertThat(clients.get("/engine-rest/task/count", client.token()).statusCode()).isEqualTo(403);
  }

  @Test
  void a_client_needs_a_name_and_known_scopes() {
    var refused = Api.as("admin", port).postForEntity("/api/clients", java.util.Map.of("name", "", "scopes", java.util.List.of("cases:write")),
        String.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("\"field\":\"scopes\"");
  }

  private JsonNode lastUse(Clients.Created client) {
    JsonNode listed = Hooks.json(Api.as("admin", port).getForObject("/api/clients?size=200", String.class));
    for (JsonNode item : listed.path("content")) {
      if (item.path("id").asText().equals(client.id().toString())) {
        return item.path("lastUsedAt").isNull() ? null : item.path("lastUsedAt");
      }
    }
    throw new AssertionError("client not listed");
  }

  private static String response(String externalId, int score) {
    return """
        {"externalId": "%s", "score": %d, "comment": "Posted by a machine client", "touchpoint": "website",
         "customer": {"externalId": "c-%s", "name": "Maskine Kunde"}}
        """.formatted(externalId, score, externalId);
  }
}
