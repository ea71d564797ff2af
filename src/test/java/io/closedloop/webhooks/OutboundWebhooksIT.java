package io.closedloop.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.closedloop.support.Api;
import io.closedloop.support.Detractors;
import io.closedloop.support.IntegrationTest;
import io.closedloop.support.WebhookReceiver;
import io.closedloop.support.WebhookReceiver.Call;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Outbound webhooks against a receiver on a local port: signed with the registered secret, retried
 * under the same webhook-id, one call per event per subscribed endpoint, logged, replayed, and shaped
 * for Slack and Teams on request.
 */
@IntegrationTest
class OutboundWebhooksIT {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static WebhookReceiver receiver;

  @LocalServerPort
  int port;

  private final List<String> registered = new ArrayList<>();

  @BeforeAll
  static void receiver() {
    receiver = WebhookReceiver.start();
  }

  @AfterAll
  static void stopReceiver() {
    receiver.close();
  }

  @AfterEach
  void removeEndpoints() {
    registered.forEach(id -> admin().exchange("/api/webhooks/{id}", HttpMethod.DELETE, null, Void.class, id));
  }

  @Test
  void a_call_refused_once_arrives_again_under_the_same_webhook_id_and_is_logged_once_as_sent_with_both_attempts() {
    String path = path("refused-once");
    receiver.answer(path, 500);
    Map<String, Object> endpoint = register(path, List.of("case.opened"), null);

    String caseId = Detractors.newCase(port, 4, null, "Retry Customer");

    await().atMost(PATIENCE).until(() -> receiver.callsTo(path, caseId).size() >= 2);
    List<Call> calls = receiver.callsTo(path, caseId);
    assertThat(calls).hasSize(2);
    assertThat(calls.get(1).webhookId()).startsWith("msg_").isEqualTo(calls.get(0).webhookId());
    assertThat(calls).allSatisfy(call -> assertThat(call.signedWith((String) endpoint.get("secret"))).isTrue());
    assertThat(calls.get(1).signedWith("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]))).isFalse();
    await().atMost(PATIENCE).until(() -> deliveriesAbout(endpoint, caseId).stream().anyMatch(d -> d.path("status").asText().equals("SENT")));
    List<JsonNode> logged = deliveriesAbout(endpoint, caseId);
    assertThat(logged).hasSize(1);
    assertThat(logged.get(0).path("webhookId").asText()).isEqualTo(calls.get(0).webhookId());
    assertThat(logged.get(0).path("eventType").asText()).isEqualTo("case.opened");
    assertThat(logged.get(0).path("attemptLog").findValuesAsText("statusCode")).containsExactly("500", "200");
    assertThat(logged.get(0).path("sentAt").isNull()).isFalse();
  }

  @Test
  void each_endpoint_hears_once_of_each_event_it_subscribed_to_and_nothing_of_the_others() throws Exception {
    String both = path("opened-and-alarm");
    String openedOnly = path("opened-only");
    String ideasOnly = path("ideas-only");
    register(both, List.of("case.opened", "case.alarm"), null);
    register(openedOnly, List.of("case.opened"), null);
    register(ideasOnly, List.of("idea.done"), null);

    String caseId = Detractors.newCase(port, 1, null, "Alarming Customer");

    await().atMost(PATIENCE).until(() -> receiver.callsTo(both, caseId).size() >= 2 && !receiver.callsTo(openedOnly, caseId).isEmpty());
    Thread.sleep(1500); // three more polls of the outbox: nothing else may arrive
    assertThat(receiver.callsTo(both, caseId)).extracting(call -> call.json().path("type").asText())
        .containsExactlyInAnyOrder("case.opened", "case.alarm");
    assertThat(receiver.callsTo(openedOnly, caseId)).extracting(call -> call.json().path("type").asText()).containsExactly("case.opened");
    assertThat(receiver.callsTo(ideasOnly, caseId)).isEmpty();
    assertThat(receiver.callsTo(both, caseId)).extracting(Call::webhookId).doesNotHaveDuplicates();
  }

  @Test
  void a_resolved_case_tells_its_outcome_and_root_cause_and_a_link_but_nothing_personal_of_the_customer() {
    String path = path("resolved");
    Map<String, Object> endpoint = register(path, List.of("case.opened", "case.resolved"), "standard");
    String caseId = Detractors.newCase(port, 5, "Mette waited forever on the phone", "Mette Webhooksen");

    resolve(caseId);

    await().atMost(PATIENCE).until(() -> receiver.callsTo(path, caseId).size() >= 2);
    Call opened = only(path, caseId, "case.opened");
    Call resolved = only(path, caseId, "case.resolved");
    JsonNode data = resolved.json().path("data");
    assertThat(resolved.json().path("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    assertThat(data.path("caseId").asText()).isEqualTo(caseId);
    assertThat(data.path("status").asText()).isEqualTo("RESOLVED");
    assertThat(data.path("outcome").asText()).isEqualTo("RECOVERED");
    assertThat(data.path("rootCause").asText()).isEqualTo("service.waiting-time");
    assertThat(data.path("team").asText()).isEqualTo("customer-service");
    assertThat(data.path("url").asText()).endsWith("/cases/" + caseId).startsWith("http");
    assertThat(opened.json().path("data").path("score").asInt()).isEqualTo(5);
    assertThat(opened.json().path("data").path("category").asText()).isEqualTo("DETRACTOR");
    for (Call call : List.of(opened, resolved)) {
      assertThat(call.signedWith((String) endpoint.get("secret"))).isTrue();
      assertThat(call.header("content-type")).startsWith("application/json");
      assertThat(call.body()).doesNotContain("Mette", "Webhooksen", "kunde@example.com", "waited forever", "Called back and apologised",
          "Thank you for your patience");
    }
  }

  @Test
  void a_replayed_call_arrives_again_under_the_same_webhook_id_and_stays_one_delivery() {
    String path = path("replayed");
    Map<String, Object> endpoint = register(path, List.of("idea.done"), null);

    ResponseEntity<Map> test = admin().postForEntity("/api/webhooks/{id}/test", null, Map.class, endpoint.get("id"));
    assertThat(test.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    String deliveryId = (String) test.getBody().get("id");
    await().atMost(PATIENCE).until(() -> "SENT".equals(delivery(endpoint, deliveryId).path("status").asText()));
    ResponseEntity<Map> replay = admin().postForEntity("/api/webhooks/{id}/deliveries/{delivery}/replay", null, Map.class,
        endpoint.get("id"), deliveryId);

    assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    await().atMost(PATIENCE).until(() -> receiver.callsTo(path).size() >= 2);
    List<Call> calls = receiver.callsTo(path);
    assertThat(calls).hasSize(2);
    assertThat(calls.get(0).json().path("type").asText()).isEqualTo("ping");
    assertThat(calls.get(1).webhookId()).isEqualTo(calls.get(0).webhookId()).isEqualTo(test.getBody().get("webhookId"));
    assertThat(calls.get(1).body()).isEqualTo(calls.get(0).body());
    assertThat(calls.get(1).signedWith((String) endpoint.get("secret"))).isTrue();
    await().atMost(PATIENCE).until(() -> "SENT".equals(delivery(endpoint, deliveryId).path("status").asText()));
    assertThat(deliveries(endpoint, "").path("content")).hasSize(1);
    assertThat(delivery(endpoint, deliveryId).path("attemptLog")).hasSize(2);
  }

  @Test
  void slack_and_teams_endpoints_get_a_readable_message_with_the_link_signed_like_the_others() {
    String slack = path("slack");
    String teams = path("teams");
    Map<String, Object> slackEndpoint = register(slack, List.of("case.opened"), "SLACK");
    Map<String, Object> teamsEndpoint = register(teams, List.of("case.opened"), "TEAMS");

    String caseId = Detractors.newCase(port, 3, null, "Chat Customer");

    await().atMost(PATIENCE).until(() -> !receiver.callsTo(slack, caseId).isEmpty() && !receiver.callsTo(teams, caseId).isEmpty());
    Call slackCall = receiver.callsTo(slack, caseId).get(0);
    Call teamsCall = receiver.callsTo(teams, caseId).get(0);
    assertThat(slackCall.signedWith((String) slackEndpoint.get("secret"))).isTrue();
    assertThat(teamsCall.signedWith((String) teamsEndpoint.get("secret"))).isTrue();
    JsonNode slackBody = slackCall.json();
    assertThat(slackBody.size()).isEqualTo(1);
    assertThat(slackBody.path("text").asText()).startsWith("*New detractor case*\nScore 3")
        .endsWith("/cases/" + caseId + "|Open the case>").contains("<http");
    JsonNode teamsBody = teamsCall.json();
    assertThat(teamsBody.path("type").asText()).isEqualTo("message");
    JsonNode attachment = teamsBody.path("attachments").get(0);
    assertThat(attachment.path("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
    JsonNode card = attachment.path("content");
    assertThat(card.path("type").asText()).isEqualTo("AdaptiveCard");
    assertThat(card.path("body").get(0).path("text").asText()).isEqualTo("New detractor case");
    assertThat(card.path("body").findValuesAsText("title")).contains("Score", "Team", "Priority");
    assertThat(card.path("actions").get(0).path("type").asText()).isEqualTo("Action.OpenUrl");
    assertThat(card.path("actions").get(0).path("url").asText()).endsWith("/cases/" + caseId);
  }

  @Test
  void a_bad_url_event_or_format_is_refused_as_problem_json_naming_each_field() {
    ResponseEntity<Map> refused = admin().postForEntity("/api/webhooks",
        Map.of("url", "ftp://hooks.example.com/in", "events", List.of("case.opened", "case.deleted"), "format", "XML"), Map.class);
    ResponseEntity<Map> relative = admin().postForEntity("/api/webhooks", Map.of("url", "/hooks/in", "events", List.of()), Map.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(fields(refused)).containsExactlyInAnyOrder("url", "events", "format");
    assertThat(relative.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(relative)).containsExactlyInAnyOrder("url", "events");
  }

  @Test
  void only_admins_register_list_and_test_webhooks() {
    Map<String, Object> endpoint = register(path("admins-only"), List.of("case.opened"), null);
    Map<String, Object> body = Map.of("url", receiver.url("/not-admin"), "events", List.of("case.opened"));

    for (String user : List.of("alice", "mike", "dana", "lea", "wall")) {
      TestRestTemplate other = Api.as(user, port);
      assertThat(other.postForEntity("/api/webhooks", body, Map.class).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(other.getForEntity("/api/webhooks", Map.class).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(other.postForEntity("/api/webhooks/{id}/test", null, Map.class, endpoint.get("id")).getStatusCode()).as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(admin().getForObject("/api/webhooks?size=200", Map.class).toString()).contains((String) endpoint.get("id"))
        .doesNotContain((String) endpoint.get("secret"));
  }

  @Test
  void a_removed_endpoint_hears_nothing_more_and_keeps_its_log() throws Exception {
    String path = path("removed");
    Map<String, Object> endpoint = register(path, List.of("case.opened"), null);
    assertThat(admin().exchange("/api/webhooks/{id}", HttpMethod.DELETE, null, Void.class, endpoint.get("id")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    String caseId = Detractors.newCase(port, 4, null, "Unheard Customer");

    Thread.sleep(1500); // three polls of the outbox
    assertThat(receiver.callsTo(path, caseId)).isEmpty();
    Map<?, ?> one = admin().getForObject("/api/webhooks/{id}", Map.class, endpoint.get("id"));
    assertThat(one.get("removedBy")).isEqualTo("admin");
    assertThat(admin().getForObject("/api/webhooks?size=200", Map.class).toString()).doesNotContain((String) endpoint.get("id"));
    assertThat(admin().postForEntity("/api/webhooks/{id}/test", null, Map.class, endpoint.get("id")).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  private static String path(String name) {
    return "/" + name + "-" + UUID.randomUUID();
  }

  private TestRestTemplate admin() {
    return Api.as("admin", port);
  }

  private Map<String, Object> register(String path, List<String> events, String format) {
    Map<String, Object> body = new HashMap<>(Map.of("url", receiver.url(path), "events", events));
    if (format != null) {
      body.put("format", format);
    }
    ResponseEntity<Map> created = admin().postForEntity("/api/webhooks", body, Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Map<String, Object> endpoint = created.getBody();
    assertThat((String) endpoint.get("secret")).startsWith("whsec_");
    assertThat(java.util.Base64.getDecoder().decode(((String) endpoint.get("secret")).substring(6))).hasSize(32);
    assertThat(endpoint.get("events")).isEqualTo(events);
    registered.add((String) endpoint.get("id"));
    return endpoint;
  }

  private void resolve(String caseId) {
    TestRestTemplate alice = Api.as("alice", port);
    assertThat(alice.postForEntity("/api/cases/{id}/claim", null, Map.class, caseId).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(alice.postForEntity("/api/cases/{id}/contact-attempts", Map.of("channel", "PHONE", "reached", true, "note", "Talked"),
        Map.class, caseId).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(alice.postForEntity("/api/cases/{id}/resolution", Map.of("rootCause", "service.waiting-time", "outcome", "RECOVERED",
        "notes", "Called back and apologised", "closeTheLoopMessage", "Thank you for your patience"), Map.class, caseId)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private Call only(String path, String caseId, String type) {
    List<Call> calls = receiver.callsTo(path, caseId).stream().filter(call -> call.json().path("type").asText().equals(type)).toList();
    assertThat(calls).as(type).hasSize(1);
    return calls.get(0);
  }

  private JsonNode deliveries(Map<String, Object> endpoint, String query) {
    try {
      return JSON.readTree(admin().getForObject("/api/webhooks/{id}/deliveries?size=200" + query, String.class, endpoint.get("id")));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private List<JsonNode> deliveriesAbout(Map<String, Object> endpoint, String caseId) {
    List<JsonNode> about = new ArrayList<>();
    deliveries(endpoint, "").path("content").forEach(delivery -> {
      if (delivery.path("caseId").asText().equals(caseId)) {
        about.add(delivery);
      }
    });
    return about;
  }

  private JsonNode delivery(Map<String, Object> endpoint, String deliveryId) {
    for (JsonNode delivery : deliveries(endpoint, "").path("content")) {
      if (delivery.path("id").asText().equals(deliveryId)) {
        return delivery;
      }
    }
    throw new AssertionError("No delivery " + deliveryId);
  }

  @SuppressWarnings("unchecked")
  private static List<String> fields(ResponseEntity<Map> problem) {
    return ((List<Map<String, Object>>) problem.getBody().get("errors")).stream().map(error -> (String) error.get("field")).distinct().toList();
  }
}
