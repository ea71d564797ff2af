package io.closedloop.customers;

import static io.closedloop.support.CaseJson.contactAttempts;
import static io.closedloop.support.CaseJson.timelineTypes;
import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.cases.ReviewingAlarm;
import io.closedloop.support.Api;
import io.closedloop.support.IntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Erases and exports customers through the API, then reads every table of the database for what was erased. */
@IntegrationTest
class ErasingACustomerIT {

  @LocalServerPort
  int port;

  @Autowired
  ReviewingAlarm reviewing;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Test
  void erasing_a_customer_leaves_their_personal_data_in_no_column_of_any_table_and_the_figures_unchanged() {
    WorkedCustomer customer = WorkedCustomer.create(port, reviewing, Instant.now());
    DatabaseScan scan = new DatabaseScan(jdbc);
    assertThat(scan.columnsHolding(customer.personalData())).as("before the erasure the scan finds the data")
        .anyMatch(found -> found.startsWith("customer.name")).anyMatch(found -> found.startsWith("act_hi_varinst."))
        .anyMatch(found -> found.startsWith("act_hi_detail.")).anyMatch(found -> found.startsWith("case_event.detail"));
    Map<?, ?> nps = figures("/api/metrics/nps?groupBy=touchpoint", customer.touchpoint());
    Map<?, ?> closedLoop = figures("/api/metrics/closed-loop?groupBy=touchpoint", customer.touchpoint());

    ResponseEntity<Map> erased = erase(Api.as("admin", port), customer.externalId(), Map.of("reason", "The customer asked to be forgotten"));

    assertThat(erased.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(erased.getBody()).containsEntry("cases", 1);
    String pseudonym = (String) erased.getBody().get("pseudonym");
    assertThat(scan.columnsHolding(customer.personalData())).isEmpty();
    assertThat(scan.scannedTables()).contains("customer", "response", "detractor_case", "act_ru_variable", "act_hi_varinst",
        "act_hi_detail", "act_ge_bytearray", "act_hi_comment");
    assertThat(figures("/api/metrics/nps?groupBy=touchpoint", customer.touchpoint())).isEqualTo(nps);
    assertThat(figures("/api/metrics/closed-loop?groupBy=touchpoint", customer.touchpoint())).isEqualTo(closedLoop);
    assertThat(jdbc.sql("select actor, subject, reason, scope, cases from personal_data_erasure where subject = :pseudonym")
        .param("pseudonym", pseudonym).query().listOfRows())
        .containsExactly(Map.of("actor", "admin", "subject", pseudonym, "reason", "The customer asked to be forgotten",
            "scope", "CUSTOMER", "cases", 1));
  }

  @Test
  void erasing_a_customer_also_erases_the_history_of_details_their_responses_gave_differently() {
    String externalId = "gdpr-history-" + UUID.randomUUID();
    String firstEmail = "first-" + UUID.randomUUID() + "@example.com";
    String secondEmail = "second-" + UUID.randomUUID() + "@example.com";
    for (String email : List.of(firstEmail, secondEmail)) {
      assertThat(Api.as("admin", port).postForEntity("/api/responses", Map.of("externalId", "r-" + UUID.randomUUID(), "score", 8,
          "touchpoint", "website", "customer", Map.of("externalId", externalId, "name", "Historic Kunde", "email", email)), Map.class)
          .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }
    DatabaseScan scan = new DatabaseScan(jdbc);
    assertThat(scan.columnsHolding(List.of(secondEmail))).as("the differing email is in the customer's history")
        .anyMatch(found -> found.startsWith("customer_change."));

    assertThat(erase(Api.as("admin", port), externalId, Map.of("reason", "Asked to be forgotten")).getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(scan.columnsHolding(List.of(firstEmail, secondEmail, "Historic Kunde"))).isEmpty();
  }

  @Test
  void erasing_reaches_a_running_process_its_serialized_values_in_byte_arrays_and_its_task_comments() {
    String externalId = "gdpr-running-" + UUID.randomUUID();
    String secret = "Secret kept in a serialized value " + UUID.randomUUID();
    String commentText = "Task comment about the customer " + UUID.randomUUID();
    ResponseEntity<Map> created = Api.as("admin", port).postForEntity("/api/responses", Map.of("externalId", externalId, "score", 5,
        "touchpoint", "website", "customer", Map.of("externalId", externalId, "name", "Running Customer")), Map.class);
    String caseId = (String) created.getBody().get("caseId");
    ProcessInstance process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).singleResult();
    runtime.setVariable(process.getId(), "notes", Variables.objectValue(new ArrayList<>(List.of(secret)))
        .serializationDataFormat(Variables.SerializationDataFormats.JAVA).create());
    Task task = tasks.createTaskQuery().processInstanceId(process.getId()).list().get(0);
    tasks.createComment(task.getId(), process.getId(), commentText);
    DatabaseScan scan = new DatabaseScan(jdbc);
    assertThat(scan.columnsHolding(List.of(secret, commentText))).as("before the erasure")
        .anyMatch(found -> found.startsWith("act_ge_bytearray.bytes_")).anyMatch(found -> found.startsWith("act_hi_comment."));

    assertThat(erase(Api.as("admin", port), externalId, Map.of("reason", "Asked")).getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(scan.columnsHolding(List.of(secret, commentText))).isEmpty();
    assertThat(runtime.getVariable(process.getId(), "notes")).isNull();
    assertThat(runtime.getVariable(process.getId(), "caseId")).isEqualTo(caseId);
    assertThat(tasks.createTaskQuery().processInstanceId(process.getId()).count()).as("the process goes on").isPositive();
  }

  @Test
  void an_erased_case_keeps_its_outcome_root_cause_and_dates_and_says_when_it_was_erased() {
    WorkedCustomer customer = WorkedCustomer.create(port, reviewing, Instant.now());
    Map<?, ?> before = Api.as("admin", port).getForObject("/api/cases/{id}", Map.class, customer.caseId());

    erase(Api.as("admin", port), customer.externalId(), Map.of("reason", "Asked by phone"));

    Map<?, ?> after = Api.as("admin", port).getForObject("/api/cases/{id}", Map.class, customer.caseId());
    for (String kept : List.of("status", "owner", "team", "rootCause", "outcome", "createdAt", "closedAt", "firstReachedAt")) {
      assertThat(after.get(kept)).as(kept).isEqualTo(before.get(kept));
    }
    assertThat(after.get("notes")).isNull();
    assertThat(contactAttempts(after)).anySatisfy(attempt -> assertThat(attempt).containsEntry("reached", true))
        .noneSatisfy(attempt -> assertThat(attempt).containsEntry("note", customer.reachedNote()));
    assertThat(timelineTypes(after)).contains("PERSONAL_DATA_ERASED");
  }

  @Test
  void the_export_holds_the_customer_their_responses_cases_attempts_timeline_and_process_variables() {
    WorkedCustomer customer = WorkedCustomer.create(port, reviewing, Instant.now());

    ResponseEntity<Map> export = Api.as("admin", port).getForEntity("/api/customers/{id}/export", Map.class, customer.externalId());

    assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<?, ?> data = (Map<?, ?>) export.getBody().get("data");
    Map<String, Object> record = (Map<String, Object>) data.get("customer");
    assertThat(record).containsEntry("name", customer.name()).containsEntry("email", customer.email())
        .containsEntry("phone", customer.phone());
    assertThat(record.get("responses").toString()).contains(customer.comment());
    List<?> cases = (List<?>) data.get("cases");
    assertThat(cases).hasSize(1);
    assertThat(cases.get(0).toString()).contains(customer.caseId(), customer.notes(), customer.message(), customer.attemptNote(),
        customer.reachedNote(), "CONTACT_ATTEMPTED", "RESOLVED");
    assertThat(data.get("processes").toString()).contains("name=comment", customer.comment(), "name=closeTheLoopMessage",
        customer.alarmAction());
  }

  @Test
  void the_export_after_an_erasure_under_the_pseudonym_holds_no_personal_data() {
    WorkedCustomer customer = WorkedCustomer.create(port, reviewing, Instant.now());
    String pseudonym = (String) erase(Api.as("admin", port), customer.externalId(), Map.of("reason", "Asked")).getBody().get("pseudonym");

    Map<?, ?> export = Api.as("admin", port).getForObject("/api/customers/{id}/export", Map.class, pseudonym);

    assertThat(export.toString()).contains(customer.caseId()).contains("billing.wrong-invoice");
    customer.personalData().forEach(personal -> assertThat(export.toString()).doesNotContain(personal));
  }

  @Test
  void an_erasure_without_a_reason_is_refused_naming_the_reason_and_erases_nothing() {
    WorkedCustomer customer = WorkedCustomer.create(port, reviewing, Instant.now());

    ResponseEntity<Map> blank = erase(Api.as("admin", port), customer.externalId(), Map.of("reason", "  "));
    ResponseEntity<Map> absent = erase(Api.as("admin", port), customer.externalId(), null);

    for (ResponseEntity<Map> refused : List.of(blank, absent)) {
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
      assertThat((List<Map<String, Object>>) refused.getBody().get("errors")).extracting(error -> error.get("field")).containsExactly("reason");
    }
    assertThat(jdbc.sql("select name from customer where external_id = :id").param("id", customer.externalId()).query(String.class).single())
        .isEqualTo(customer.name());
  }

  @Test
  void an_unknown_customer_is_not_found_and_only_admins_erase_or_export() {
    WorkedCustomer customer = WorkedCustomer.create(port, reviewing, Instant.now());

    assertThat(erase(Api.as("admin", port), "no-customer-of-that-id", Map.of("reason", "Asked")).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.as("admin", port).getForEntity("/api/customers/no-customer-of-that-id/export", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    for (String notAdmin : List.of("alice", "mike", "lea", "dana")) {
      assertThat(erase(Api.as(notAdmin, port), customer.externalId(), Map.of("reason", "Asked")).getStatusCode()).as(notAdmin)
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(Api.as(notAdmin, port).getForEntity("/api/customers/{id}/export", Map.class, customer.externalId()).getStatusCode())
          .as(notAdmin).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(jdbc.sql("select name from customer where external_id = :id").param("id", customer.externalId()).query(String.class).single())
        .isEqualTo(customer.name());
  }

  private ResponseEntity<Map> erase(TestRestTemplate client, String externalId, Map<String, Object> body) {
    return client.exchange("/api/customers/{id}", HttpMethod.DELETE, new HttpEntity<>(body), Map.class, externalId);
  }

  /** The figures of the customer's own touchpoint, which no other test touches. */
  private Map<?, ?> figures(String path, String touchpoint) {
    Map<?, ?> report = Api.as("admin", port).getForObject(path, Map.class);
    return ((List<Map<?, ?>>) report.get("groups")).stream().filter(group -> touchpoint.equals(group.get("key"))).findFirst()
        .orElseThrow(() -> new AssertionError("no figures for " + touchpoint + " in " + report));
  }
}
