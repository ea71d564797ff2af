package io.closedloop.customers;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.cases.ReviewingAlarm;
import io.closedloop.support.Api;
import io.closedloop.support.IntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Applies the retention (P24M) to customers whose case closed and whose answer came long ago: the
 * test moves their dates back to 2001 rather than moving the clock, so no other test's data is due.
 */
@IntegrationTest
class RetentionIT {

  static final String LONG_AGO = "2001-03-01T10:00:00Z";

  @LocalServerPort
  int port;

  @Autowired
  ReviewingAlarm reviewing;

  @Autowired
  ApplyingRetention retention;

  @Autowired
  JdbcClient jdbc;

  @Test
  void a_customer_with_nothing_newer_than_the_retention_period_is_erased_everywhere() {
    WorkedCustomer customer = WorkedCustomer.create(port, reviewing, Instant.now());
    backdate(customer);

    RetentionApplied applied = retention.apply(Instant.now());

    assertThat(applied.customers()).isPositive();
    assertThat(new DatabaseScan(jdbc).columnsHolding(customer.personalData())).isEmpty();
    assertThat(jdbc.sql("select actor, scope from personal_data_erasure where subject = (select 'erased-' || customer_id from detractor_case where id = :case)")
        .param("case", UUID.fromString(customer.caseId())).query().listOfRows())
        .containsExactly(Map.of("actor", "system:retention", "scope", "CUSTOMER"));
  }

  @Test
  void a_customer_who_answered_again_keeps_their_name_while_their_old_closed_case_loses_its_free_text() {
    WorkedCustomer customer = WorkedCustomer.create(port, reviewing, Instant.now());
    backdate(customer);
    String newComment = "Much better now " + UUID.randomUUID();
    assertThat(Api.as("admin", port).postForEntity("/api/responses", Map.of("externalId", "gdpr-response-" + UUID.randomUUID(),
        "score", 9, "comment", newComment, "touchpoint", customer.touchpoint(), "customer", Map.of("externalId", customer.externalId())),
        Map.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    retention.apply(Instant.now());

    List<String> caseTexts = List.of(customer.comment(), customer.attemptNote(), customer.reachedNote(), customer.notes(),
        customer.message(), customer.alarmAction());
    assertThat(new DatabaseScan(jdbc).columnsHolding(caseTexts)).isEmpty();
    assertThat(jdbc.sql("select name from customer where external_id = :id").param("id", customer.externalId()).query(String.class).single())
        .isEqualTo(customer.name());
    assertThat(jdbc.sql("select count(*) from response where comment = :comment").param("comment", newComment).query(Long.class).single())
        .isEqualTo(1);
  }

  @Test
  void a_case_closed_within_the_retention_period_keeps_everything() {
    WorkedCustomer customer = WorkedCustomer.create(port, reviewing, Instant.now());

    retention.apply(Instant.now());

    assertThat(new DatabaseScan(jdbc).columnsHolding(customer.personalData()))
        .anyMatch(found -> found.startsWith("customer.name")).anyMatch(found -> found.startsWith("detractor_case.notes"))
        .anyMatch(found -> found.startsWith("act_hi_varinst."));
  }

  /** The customer answered, and their case closed, in 2001. */
  private void backdate(WorkedCustomer customer) {
    UUID caseId = UUID.fromString(customer.caseId());
    jdbc.sql("update response set answered_at = :at where id = (select response_id from detractor_case where id = :case)")
        .param("at", java.sql.Timestamp.from(Instant.parse(LONG_AGO))).param("case", caseId).update();
    jdbc.sql("update detractor_case set closed_at = :at where id = :case")
        .param("at", java.sql.Timestamp.from(Instant.parse(LONG_AGO).plusSeconds(86_400))).param("case", caseId).update();
  }
}
