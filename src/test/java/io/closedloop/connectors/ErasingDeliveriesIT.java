package io.closedloop.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.closedloop.customers.DatabaseScan;
import io.closedloop.support.Api;
import io.closedloop.support.IntegrationTest;
import java.time.Instant;
import java.time.Period;
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

/** Stored webhook deliveries hold personal data: they are exported and erased with the customer, and forgotten after the retention period. */
@IntegrationTest
class ErasingDeliveriesIT {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  ForgettingOldDeliveries forgetting;

  @Test
  void erasing_a_customer_leaves_nothing_of_their_deliveries_in_any_column_also_of_those_that_failed() {
    Hooks hooks = new Hooks(port);
    Hooks.Registered source = hooks.register("formbricks", null, null);
    String run = UUID.randomUUID().toString().substring(0, 8);
    String customer = "gdpr-hook-" + run;
    String name = "Hookine Sletmig " + run;
    String email = "hookine-" + run + "@example.com";
    String comment = "Ring mig aldrig igen " + run;
    String good = Fixtures.formbricks("fbg-" + run, customer, 2, comment).replace("Karen Kunde", name).replace("karen@example.com", email);
    String unmappable = Fixtures.formbricks("fbb-" + run, customer, 2, comment + " igen").replace("Karen Kunde", name)
        .replace("karen@example.com", email).replace("\"nps\": 2,", "\"q1\": 2, \"q2\": 3,");
    hooks.standard(source.id(), source.secret(), "m1-" + run, Instant.now(), good);
    hooks.standard(source.id(), source.secret(), "m2-" + run, Instant.now(), unmappable);
    DatabaseScan scan = new DatabaseScan(jdbc);
    List<String> personal = List.of(name, email, comment, customer);
    assertThat(scan.columnsHolding(personal)).anyMatch(found -> found.startsWith("source_delivery.payload"));

    JsonNode export = Hooks.json(Api.as("admin", port).getForObject("/api/customers/" + customer + "/export", String.class));
    ResponseEntity<Map> erased = Api.as("admin", port).exchange("/api/customers/" + customer, HttpMethod.DELETE,
        new HttpEntity<>(Map.of("reason", "The customer asked to be forgotten")), Map.class);

    assertThat(export.path("data").path("webhookDeliveries")).hasSize(2);
    assertThat(export.path("data").path("webhookDeliveries").get(0).path("payload").asText()).contains(email);
    assertThat(erased.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(scan.columnsHolding(personal)).isEmpty();
    assertThat(jdbc.sql("select count(*) from source_delivery where source_id = :id and erased_at is not null and payload is null")
        .param("id", source.id()).query(Long.class).single()).isEqualTo(2);
    UUID failed = jdbc.sql("select id from source_delivery where source_id = :id and status = 'FAILED'").param("id", source.id())
        .query(UUID.class).single();
    assertThat(Api.as("admin", port).postForEntity("/api/sources/" + source.id() + "/deliveries/" + failed + "/replay", null, Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void deliveries_older_than_the_retention_period_lose_their_payload_whoever_they_named() {
    Hooks hooks = new Hooks(port);
    Hooks.Registered source = hooks.register("generic", null, null);
    String marker = "retained-" + UUID.randomUUID();
    hooks.standard(source.id(), source.secret(), "m-" + UUID.randomUUID(), Instant.now(), "{\"comment\": \"" + marker + "\"}");

    int notYet = forgetting.forget(Instant.now());
    int forgotten = forgetting.forget(Instant.now().plus(Period.ofDays(800)));

    assertThat(notYet).isZero();
    assertThat(forgotten).isGreaterThanOrEqualTo(1);
    assertThat(new DatabaseScan(jdbc).columnsHolding(List.of(marker))).isEmpty();
  }
}
