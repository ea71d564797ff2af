package io.closedloop.intake;

import static io.closedloop.intake.Submissions.newExternalId;
import static io.closedloop.intake.Submissions.response;
import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.Api;
import io.closedloop.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Many clients posting the same response at the same moment still store it once. */
@IntegrationTest
class ConcurrentDuplicatesIT {

  static final int CLIENTS = 16;

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  RuntimeService runtime;

  @Test
  void sixteen_clients_posting_the_same_detractor_at_once_store_one_response_and_one_case() throws Exception {
    String externalId = newExternalId();
    Map<String, Object> body = response(externalId, 0);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<ResponseEntity<Map>> answers = new ArrayList<>();
    try {
      List<Future<ResponseEntity<Map>>> pending = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        Callable<ResponseEntity<Map>> client = () -> {
          start.await();
          return Api.as("admin", port).postForEntity("/api/responses", body, Map.class);
        };
        pending.add(clients.submit(client));
      }
      start.countDown();
      for (Future<ResponseEntity<Map>> answer : pending) {
        answers.add(answer.get(5, TimeUnit.MINUTES));
      }
    } finally {
      clients.shutdownNow();
    }

    assertThat(answers).extracting(ResponseEntity::getStatusCode)
        .containsOnly(HttpStatus.CREATED, HttpStatus.OK)
        .filteredOn(HttpStatus.CREATED::equals).hasSize(1);
    assertThat(answers).extracting(answer -> answer.getBody().get("id")).containsOnly(answers.get(0).getBody().get("id"));
    assertThat(answers).extracting(answer -> answer.getBody().get("caseId")).doesNotContainNull()
        .containsOnly(answers.get(0).getBody().get("caseId"));

    IntakeDatabase database = new IntakeDatabase(jdbc);
    assertThat(database.responses(externalId)).isEqualTo(1);
    assertThat(database.cases(externalId)).isEqualTo(1);
    assertThat(database.customers(Submissions.customerIdOf(externalId))).isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey((String) answers.get(0).getBody().get("caseId")).count()).isEqualTo(1);
  }
}
