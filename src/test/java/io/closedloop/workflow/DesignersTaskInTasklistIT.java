package io.closedloop.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.Api;
import io.closedloop.support.Detractors;
import io.closedloop.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * In Tasklist (through the engine's REST API it uses, reading form variables unserialized and parsing
 * those of type Json) the designer's new task offers the root-cause
 * taxonomy as the form's choices, and completing it there lands on the case's timeline with who did
 * it, as on our pages: no listener in the designer's diagram.
 */
@IntegrationTest
class DesignersTaskInTasklistIT {

  @LocalServerPort
  int port;

  @Autowired
  TaskService tasks;

  @Test
  void tasklist_offers_the_taxonomy_and_its_completion_lands_on_the_timeline() throws Exception {
    ResponseEntity<Map> deployed = GoodwillVoucherVersion.deploy(port);
    assertThat(deployed.getStatusCode()).as("deployed: %s", deployed.getBody()).isEqualTo(HttpStatus.OK);
    try {
      String caseId = Detractors.newCase(port, 3, "Late again", "Tasklist Kunde " + UUID.randomUUID().toString().substring(0, 8));
      Api.as("bob", port).postForEntity("/api/cases/{id}/claim", null, Map.class, caseId);
      Api.as("bob", port).postForEntity("/api/cases/{id}/contact-attempts", Map.of("channel", "PHONE", "reached", true), Map.class, caseId);
      Task voucher = tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKey(GoodwillVoucherVersion.TASK_ID).singleResult();

      Map<?, ?> formVariables = Api.as("bob", port).getForObject("/engine-rest/task/{id}/form-variables?deserializeValues=false", Map.class,
          voucher.getId());
      Map<?, ?> options = (Map<?, ?>) formVariables.get("rootCauseOptions");
      assertThat(options.get("type")).isEqualTo("Json");
      assertThat(options.get("value").toString()).contains("\"value\":\"service.waiting-time\"").contains("Waiting time");

      ResponseEntity<String> completed = Api.as("bob", port).postForEntity("/engine-rest/task/{id}/submit-form",
          Map.of("variables", Map.of("voucherAmount", Map.of("value", 40), "voucherReason", Map.of("value", "price.too-high"))),
          String.class, voucher.getId());

      assertThat(completed.getStatusCode()).as("completed: %s", completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> timeline = (List<Map<String, Object>>) Api.as("bob", port).getForObject("/api/cases/{id}", Map.class, caseId)
          .get("timeline");
      assertThat(timeline).anySatisfy(entry -> assertThat(entry).containsEntry("type", "TASK_COMPLETED")
          .containsEntry("actor", "bob").containsEntry("detail", "Completed: " + GoodwillVoucherVersion.TASK_NAME));
    } finally {
      GoodwillVoucherVersion.restoreShipped(port);
    }
  }
}
