package io.closedloop.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.Api;
import io.closedloop.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@IntegrationTest
class ReceivingResponsesIT {

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtime;

  @Test
  void a_detractor_opens_a_case_whose_process_starts_with_the_case_id_as_business_key() {
    String externalId = "it-" + UUID.randomUUID();
    ResponseEntity<Map> created = Api.as("alice", port).postForEntity("/api/responses", Map.of(
        "externalId", externalId, "score", 2, "comment", "Nobody called me back",
        "touchpoint", "website", "customer", Map.of("externalId", "cust-" + externalId, "name", "Mette")), Map.class);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("category", "DETRACTOR");
    String caseId = (String) created.getBody().get("caseId");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).count()).isEqualTo(1);
  }
}
