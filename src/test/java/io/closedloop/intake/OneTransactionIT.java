package io.closedloop.intake;

import static io.closedloop.intake.Submissions.customerIdOf;
import static io.closedloop.intake.Submissions.newExternalId;
import static io.closedloop.intake.Submissions.response;
import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.Api;
import io.closedloop.support.IntegrationTest;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A detractor's response, its case and the start of the case's process commit together or not at all. */
@IntegrationTest
class OneTransactionIT {

  static final String DETRACTOR_CASE = "detractor-case";

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  RepositoryService repository;

  @Test
  void when_the_case_process_cannot_start_neither_the_response_nor_the_case_is_stored() {
    String externalId = newExternalId();
    IntakeDatabase database = new IntakeDatabase(jdbc);
    ResponseEntity<String> failed;
    repository.suspendProcessDefinitionByKey(DETRACTOR_CASE);
    try {
      failed = Api.as("admin", port).postForEntity("/api/responses", response(externalId, 2), String.class);
    } finally {
      repository.activateProcessDefinitionByKey(DETRACTOR_CASE);
    }

    assertThat(failed.getStatusCode().is5xxServerError()).as("status %s is a server error", failed.getStatusCode()).isTrue();
    assertThat(database.responses(externalId)).isZero();
    assertThat(database.customers(customerIdOf(externalId))).isZero();
    assertThat(database.casesOfCustomer(customerIdOf(externalId))).isZero();
  }

  @Test
  void a_detractor_refused_because_its_process_could_not_start_is_accepted_when_sent_again() {
    String externalId = newExternalId();
    ResponseEntity<String> failed;
    repository.suspendProcessDefinitionByKey(DETRACTOR_CASE);
    try {
      failed = Api.as("admin", port).postForEntity("/api/responses", response(externalId, 2), String.class);
    } finally {
      repository.activateProcessDefinitionByKey(DETRACTOR_CASE);
    }
    assertThat(failed.getStatusCode().is5xxServerError()).as("status %s is a server error", failed.getStatusCode()).isTrue();

    ResponseEntity<Map> retried = Api.as("admin", port).postForEntity("/api/responses", response(externalId, 2), Map.class);

    assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(retried.getBody().get("caseId")).isNotNull();
    assertThat(new IntakeDatabase(jdbc).cases(externalId)).isEqualTo(1);
  }
}
