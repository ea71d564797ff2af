package io.closedloop.connectors;

import static io.closedloop.support.ProblemJson.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.closedloop.support.Api;
import io.closedloop.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Survey tools deliver signed webhooks, shaped and signed as Formbricks and Typeform document them. */
@IntegrationTest
class ReceivingWebhooksIT {

  private static final String FORMBRICKS_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Test
  void a_signed_formbricks_response_finished_of_a_detractor_stores_one_response_and_opens_a_case() {
    Hooks hooks = new Hooks(port);
    Hooks.Registered source = hooks.register("formbricks", null, FORMBRICKS_SECRET);
    String responseId = "fb-" + UUID.randomUUID();

    HttpResponse<String> answer = hooks.standard(source.id(), FORMBRICKS_SECRET, "msg-" + UUID.randomUUID(), Instant.now(),
        Fixtures.formbricks(responseId, "cust-" + responseId, 2, "Nobody called back"));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode delivery = Hooks.json(answer).path("deliveries").get(0);
    assertThat(delivery.path("status").asText()).isEqualTo("PROCESSED");
    assertThat(responses(responseId)).isEqualTo(1);
    assertThat(delivery.path("caseId").asText()).isEqualTo(caseOf(responseId).toString());
  }

  @Test
  void the_generated_secret_is_answered_once_and_signs_the_sources_deliveries() {
    Hooks hooks = new Hooks(port);
    Hooks.Registered source = hooks.register("formbricks", null, null);
    String responseId = "fb-" + UUID.randomUUID();

    assertThat(source.secret()).startsWith("whsec_");
    assertThat(source.url()).isEqualTo("http://localhost:" + port + "/api/hooks/" + source.id());
    assertThat(hooks.standard(source.id(), source.secret(), "m-" + UUID.randomUUID(), Instant.now(),
        Fixtures.formbricks(responseId, "c-" + responseId, 9, "Great")).statusCode()).isEqualTo(200);
    assertThat(responses(responseId)).isEqualTo(1);
    assertThat(Api.as("admin", port).getForObject("/api/sources/" + source.id(), String.class)).doesNotContain(source.secret());
  }

  @Test
  void the_secret_formbricks_made_replaces_the_generated_one_and_the_old_one_is_refused_from_then_on() {
    Hooks hooks = new Hooks(port);
    Hooks.Registered source = hooks.register("formbricks", null, null);
    String responseId = "fb-" + UUID.randomUUID();
    String body = Fixtures.formbricks(responseId, "cust-" + responseId, 7, "Fine");

    ResponseEntity<Map> replaced = Api.as("admin", port).exchange("/api/sources/" + source.id() + "/secret", HttpMethod.PUT,
        new HttpEntity<>(Map.of("secret", FORMBRICKS_SECRET)), Map.class);

    assertThat(replaced.getBody()).containsEntry("secret", FORMBRICKS_SECRET);
    assertThat(hooks.standard(source.id(), source.secret(), "m1-" + responseId, Instant.now(), body).statusCode()).isEqualTo(401);
    assertThat(hooks.standard(source.id(), FORMBRICKS_SECRET, "m2-" + responseId, Instant.now(), body).statusCode()).isEqualTo(200);
    assertThat(responses(responseId)).isEqualTo(1);
  }

  @Test
  void a_wrong_secret_an_old_timestamp_a_tampered_body_or_a_missing_header_is_refused_with_nothing_stored() {
    Hooks hooks = new Hooks(port);
    Hooks.Registered source = hooks.register("formbricks", null, FORMBRICKS_SECRET);
    String responseId = "fb-" + UUID.randomUUID();
    String body = Fixtures.formbricks(responseId, "cust-" + responseId, 1, "Angry");
    String otherSecret = "whsec_b3RoZXItc2VjcmV0LW9mLXNpeHRlZW4=";

    HttpResponse<String> wrongSecret = hooks.standard(source.id(), otherSecret, "m1-" + responseId, Instant.now(), body);
    HttpResponse<String> oldTimestamp = hooks.standard(source.id(), FORMBRICKS_SECRET, "m2-" + responseId, Instant.now().minusSeconds(600), body);
    Map<String, List<String>> signed = WebhookSigner.standardHeaders(FORMBRICKS_SECRET, "m3-" + responseId, Instant.now().getEpochSecond(), body);
    HttpResponse<String> tampered = hooks.post(source.id(), body.replace("\"nps\": 1", "\"nps\": 10"), signed);
    Map<String, List<String>> unsigned = new java.util.HashMap<>(signed);
    unsigned.remove("webhook-signature");
    HttpResponse<String> missingHeader = hooks.post(source.id(), body, unsigned);

    for (HttpResponse<String> refused : List.of(wrongSecret, oldTimestamp, tampered, missingHeader)) {
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
      assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }
    assertThat(Hooks.json(oldTimestamp).path("errors").get(0).path("field").asText()).isEqualTo("webhook-timestamp");
    assertThat(Hooks.json(missingHeader).path("errors").get(0).path("field").asText()).isEqualTo("webhook-signature");
    assertThat(deliveriesOf(source.id())).isZero();
    assertThat(responses(responseId)).isZero();
  }

  @Test
  void a_repeated_webhook_id_is_answered_as_the_same_delivery_and_stores_nothing_new() {
    Hooks hooks = new Hooks(port);
    Hooks.Registered source = hooks.register("formbricks", null, FORMBRICKS_SECRET);
    String responseId = "fb-" + UUID.randomUUID();
    String body = Fixtures.formbricks(responseId, "cust-" + responseId, 4, "Slow");
    String messageId = "msg-" + UUID.randomUUID();

    HttpResponse<String> first = hooks.standard(source.id(), FORMBRICKS_SECRET, messageId, Instant.now(), body);
    HttpResponse<String> again = hooks.standard(source.id(), FORMBRICKS_SECRET, messageId, Instant.now(), body);

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(Hooks.json(again).path("repeated").asBoolean()).isTrue();
    assertThat(Hooks.json(first).path("repeated").asBoolean()).isFalse();
    assertThat(Hooks.json(again).path("deliveries").get(0).path("id")).isEqualTo(Hooks.json(first).path("deliveries").get(0).path("id"));
    assertThat(deliveriesOf(source.id())).isEqualTo(1);
    assertThat(responses(responseId)).isEqualTo(1);
  }

  @Test
  void a_signed_typeform_form_response_with_an_opinion_scale_stores_one_response_and_opens_a_case() {
    Hooks hooks = new Hooks(port);
    Hooks.Registered source = hooks.register("typeform", null, "typeform-secret-of-this-test");
    String token = "tf-" + UUID.randomUUID();
    String body = Fixtures.typeform("ev-" + token, token, "cust-" + token, 3, "opinion_scale", "likely", "Rude on the phone");

    HttpResponse<String> answer = hooks.typeform(source.id(), "typeform-secret-of-this-test", body);
    HttpResponse<String> forged = hooks.typeform(source.id(), "not-the-typeform-secret", body.replace(token, token + "x"));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(responses(token)).isEqualTo(1);
    assertThat(caseOf(token)).isNotNull();
    assertThat(jdbc.sql("select comment from response where external_id = :id").param("id", token).query(String.class).single())
        .isEqualTo("Rude on the phone");
    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(responses(token + "x")).isZero();
  }

  @Test
  void a_typeform_event_delivered_again_is_the_same_delivery_by_its_event_id() {
    Hooks hooks = new Hooks(port);
    Hooks.Registered source = hooks.register("typeform", null, "typeform-secret-of-this-test");
    String token = "tf-" + UUID.randomUUID();
    String body = Fixtures.typeform("ev-" + token, token, "cust-" + token, 9, "nps", "nps", "Lovely");

    hooks.typeform(source.id(), "typeform-secret-of-this-test", body);
    HttpResponse<String> again = hooks.typeform(source.id(), "typeform-secret-of-this-test", body);

    assertThat(Hooks.json(again).path("repeated").asBoolean()).isTrue();
    assertThat(deliveriesOf(source.id())).isEqualTo(1);
  }

  @Test
  void a_body_holding_an_array_is_several_events_each_stored_and_processed() {
    Hooks hooks = new Hooks(port);
    Hooks.Registered source = hooks.register("generic", null, null);
    String first = "gen-" + UUID.randomUUID();
    String second = "gen-" + UUID.randomUUID();
    String body = "[{\"externalId\": \"%s\", \"score\": 10, \"customer\": {\"externalId\": \"c-%s\"}},"
        .formatted(first, first) + "{\"externalId\": \"%s\", \"score\": 5, \"customer\": {\"externalId\": \"c-%s\"}}]".formatted(second, second);

    HttpResponse<String> answer = hooks.standard(source.id(), source.secret(), "batch-" + UUID.randomUUID(), Instant.now(), body);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(Hooks.json(answer).path("deliveries")).hasSize(2);
    assertThat(deliveriesOf(source.id())).isEqualTo(2);
    assertThat(responses(first) + responses(second)).isEqualTo(2);
    assertThat(caseOf(second)).isNotNull();
  }

  @Test
  void an_unfinished_formbricks_response_is_stored_and_ignored() {
    Hooks hooks = new Hooks(port);
    Hooks.Registered source = hooks.register("formbricks", null, FORMBRICKS_SECRET);
    String responseId = "fb-" + UUID.randomUUID();
    String body = Fixtures.formbricks(responseId, "cust-" + responseId, 2, "Half way").replace("responseFinished", "responseCreated")
        .replace("\"finished\": true", "\"finished\": false");

    HttpResponse<String> answer = hooks.standard(source.id(), FORMBRICKS_SECRET, "m-" + responseId, Instant.now(), body);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(Hooks.json(answer).path("deliveries").get(0).path("status").asText()).isEqualTo("IGNORED");
    assertThat(responses(responseId)).isZero();
  }

  @Test
  void an_unmappable_delivery_waits_as_a_dead_letter_with_its_reason_and_after_the_mapping_is_fixed_replays_into_exactly_one_response() {
    Hooks hooks = new Hooks(port);
    Hooks.Registered source = hooks.register("formbricks", null, FORMBRICKS_SECRET);
    String responseId = "fb-" + UUID.randomUUID();
    String body = Fixtures.formbricks(responseId, "cust-" + responseId, 3, "Two scales").replace("\"nps\": 3,", "\"q-ease\": 3, \"q-nps\": 2,");

    JsonNode dead = Hooks.json(hooks.standard(source.id(), FORMBRICKS_SECRET, "m-" + responseId, Instant.now(), body))
        .path("deliveries").get(0);
    JsonNode failed = Hooks.json(Api.as("admin", port).getForObject("/api/sources/" + source.id() + "/deliveries?status=FAILED", String.class));

    assertThat(dead.path("status").asText()).isEqualTo("FAILED");
    assertThat(responses(responseId)).isZero();
    assertThat(failed.path("content")).hasSize(1);
    assertThat(failed.path("content").get(0).path("errors").get(0).path("field").asText()).isEqualTo("score");
    assertThat(failed.path("content").get(0).path("errors").get(0).path("message").asText()).contains("q-ease, q-nps");
    assertThat(failed.path("content").get(0).path("payload").path("data").path("id").asText()).isEqualTo(responseId);

    String replayPath = "/api/sources/" + source.id() + "/deliveries/" + dead.path("id").asText() + "/replay";
    assertThat(Api.as("admin", port).postForEntity(replayPath, null, Map.class).getBody()).containsEntry("status", "FAILED");
    ResponseEntity<String> fixed = Api.as("admin", port).exchange("/api/sources/" + source.id() + "/mapping", HttpMethod.PUT,
        new HttpEntity<>(Map.of("score", "/data/data/q-nps")), String.class);
    assertThat(fixed.getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<Map> replayed = Api.as("admin", port).postForEntity(replayPath, null, Map.class);
    ResponseEntity<Map> twice = Api.as("admin", port).postForEntity(replayPath, null, Map.class);

    assertThat(replayed.getBody()).containsEntry("status", "PROCESSED");
    assertThat(twice.getBody()).containsEntry("status", "PROCESSED").containsEntry("responseId", replayed.getBody().get("responseId"));
    assertThat(responses(responseId)).isEqualTo(1);
    assertThat(jdbc.sql("select score from response where external_id = :id").param("id", responseId).query(Integer.class).single())
        .isEqualTo(2);
    assertThat(caseOf(responseId)).isNotNull();
  }

  @Test
  void a_delivery_that_fails_intakes_checks_is_a_dead_letter_naming_the_field() {
    Hooks hooks = new Hooks(port);
    Hooks.Registered source = hooks.register("formbricks", Map.of("customer.externalId", "/data/data/no_such_field"), FORMBRICKS_SECRET);
    String responseId = "fb-" + UUID.randomUUID();

    JsonNode delivery = Hooks.json(hooks.standard(source.id(), FORMBRICKS_SECRET, "m-" + responseId, Instant.now(),
        Fixtures.formbricks(responseId, "cust-" + responseId, 8, "Ok"))).path("deliveries").get(0);

    assertThat(delivery.path("status").asText()).isEqualTo("FAILED");
    assertThat(delivery.path("errors")).anySatisfy(error -> {
      assertThat(error.path("field").asText()).isEqualTo("customer.externalId");
      assertThat(error.path("message").asText()).contains("is required");
    });
  }

  @Test
  void an_unknown_source_is_not_found_and_an_export_source_takes_no_webhooks() {
    Hooks hooks = new Hooks(port);
    Hooks.Registered export = hooks.register("qualtrics", null, null);

    assertThat(hooks.post(UUID.randomUUID(), "{}", Map.of()).statusCode()).isEqualTo(404);
    assertThat(hooks.post(export.id(), "{}", Map.of()).statusCode()).isEqualTo(404);
    assertThat(export.url()).isNull();
    assertThat(export.secret()).isNull();
  }

  @Test
  void a_source_with_a_bad_mapping_or_kind_is_refused_naming_the_field() {
    ResponseEntity<Map> refused = Api.as("admin", port).postForEntity("/api/sources",
        Map.of("name", "Bad", "kind", "formbricks", "mapping", Map.of("score", "data/nps")), Map.class);
    ResponseEntity<Map> unknownKind = Api.as("admin", port).postForEntity("/api/sources", Map.of("name", "Bad", "kind", "surveyfox"), Map.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(refused.getBody())).contains("mapping.score");
    assertThat(fields(unknownKind.getBody())).contains("kind");
  }

  private long responses(String externalId) {
    return jdbc.sql("select count(*) from response where external_id = :id").param("id", externalId).query(Long.class).single();
  }

  private UUID caseOf(String externalId) {
    return jdbc.sql("select d.id from detractor_case d join response r on r.id = d.response_id where r.external_id = :id")
        .param("id", externalId).query(UUID.class).optional().orElse(null);
  }

  private long deliveriesOf(UUID source) {
    return jdbc.sql("select count(*) from source_delivery where source_id = :id").param("id", source).query(Long.class).single();
  }
}
