package io.closedloop.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.closedloop.cases.process.CaseTasks;
import io.closedloop.cases.process.CaseVariables;
import io.closedloop.support.Api;
import io.closedloop.support.Detractors;
import io.closedloop.support.IntegrationTest;
import io.closedloop.support.Pages;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;

/**
 * Running cases move to a designer's new version with the processes page's button, some waiting to
 * be called back and some waiting to be resolved, and continue there to the end: those not yet
 * reached pass the new task, the others are resolved as before.
 */
@IntegrationTest
class MovingRunningCasesIT {

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Autowired
  WebApplicationContext context;

  @Autowired
  HistoryService history;

  @Autowired
  JdbcClient jdbc;

  @Test
  void running_cases_move_to_the_new_version_and_are_worked_to_the_end_there() throws Exception {
    Pages pages = new Pages(context);
    List<String> waitingForCallBack = List.of(claimedCase(), claimedCase());
    List<String> waitingForResolution = List.of(reachedCase(), reachedCase());
    ResponseEntity<Map> deployed = GoodwillVoucherVersion.deploy(port);
    assertThat(deployed.getStatusCode()).as("deployed: %s", deployed.getBody()).isEqualTo(HttpStatus.OK);
    String newVersion = GoodwillVoucherVersion.definitionIdOf(deployed);
    try {
      Object result = pages.mvc().perform(post("/processes/versions/{id}/migration", newVersion).with(pages.as("dana")).with(csrf()))
          .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("migrated");
      assertThat(result.toString()).contains("Moved").doesNotContain("not moved");

      for (String caseId : concat(waitingForCallBack, waitingForResolution)) {
        awaitOnVersion(caseId, newVersion);
      }
      assertThat(waitingForCallBack).allSatisfy(caseId -> assertThat(openTaskKey(caseId)).isEqualTo(CaseTasks.CALL_BACK));
      assertThat(waitingForResolution).allSatisfy(caseId -> assertThat(openTaskKey(caseId)).isEqualTo(CaseTasks.RESOLVE));

      for (String caseId : waitingForCallBack) {
        reach(caseId);
        Task voucher = openTask(caseId);
        assertThat(voucher.getTaskDefinitionKey()).isEqualTo(GoodwillVoucherVersion.TASK_ID);
        assertThat(voucher.getAssignee()).isEqualTo("alice");
        String inbox = pages.mvc().perform(get("/inbox").with(pages.as("alice"))).andReturn().getResponse().getContentAsString();
        assertThat(inbox).as("alice's tasks list her voucher, not the steps the case page works")
            .contains("/tasks/" + voucher.getId()).doesNotContain("/tasks/" + openTask(waitingForResolution.get(0)).getId());
        pages.mvc().perform(post("/tasks/{id}", voucher.getId()).param("voucherAmount", "30").with(pages.as("bob")).with(csrf()))
            .andExpect(status().isForbidden());
        pages.mvc().perform(post("/tasks/{id}", voucher.getId()).param("voucherReason", "service.waiting-time").with(pages.as("alice")).with(csrf()))
            .andExpect(status().is(422));
        assertThat(openTask(caseId).getId()).as("a form with mistakes changes nothing").isEqualTo(voucher.getId());
        pages.mvc().perform(post("/tasks/{id}", voucher.getId()).param("voucherAmount", "30").param("voucherReason", "service.waiting-time")
            .param("voucherNote", "Send it to Jens Hansen, Nørregade 7").with(pages.as("alice")).with(csrf()))
            .andExpect(status().is3xxRedirection());
        assertThat(openTaskKey(caseId)).isEqualTo(CaseTasks.RESOLVE);
      }
      for (String caseId : concat(waitingForCallBack, waitingForResolution)) {
        resolve(caseId);
        Map<?, ?> resolved = Api.as("alice", port).getForObject("/api/cases/{id}", Map.class, caseId);
        assertThat(resolved.get("status")).as("case %s", caseId).isEqualTo("RESOLVED");
        assertThat(runtime.createProcessInstanceQuery()
          .processInstanceBusinessKey(caseId).processDefinitionKey(ProcessKeys.DETRACTOR_CASE).count()).as("its process ended").isZero();
      }
      assertThat(Api.as("alice", port).getForObject("/api/cases/{id}", Map.class, waitingForCallBack.get(0)).get("timeline").toString())
          .contains("Completed: " + GoodwillVoucherVersion.TASK_NAME);
      erasesWhatTheNewTasksFormWrote(waitingForCallBack.get(0));
    } finally {
      GoodwillVoucherVersion.restoreShipped(port);
    }
  }

  /** What the designer's form wrote may name the customer: it goes with the customer's personal data, ClosedLoop's own variables stay. */
  private void erasesWhatTheNewTasksFormWrote(String caseId) {
    String instanceId = history.createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(caseId).processDefinitionKey(ProcessKeys.DETRACTOR_CASE).singleResult().getId();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instanceId).variableName("voucherNote").singleResult()
        .getValue()).isEqualTo("Send it to Jens Hansen, Nørregade 7");
    String customer = jdbc.sql("select c.external_id from customer c join detractor_case d on d.customer_id = c.id where d.id = :id")
        .param("id", UUID.fromString(caseId)).query(String.class).single();

    ResponseEntity<Map> erased = Api.as("admin", port).exchange("/api/customers/{id}", HttpMethod.DELETE,
        new HttpEntity<>(Map.of("reason", "asked to be forgotten")), Map.class, customer);

    assertThat(erased.getStatusCode().is2xxSuccessful()).as("erased: %s", erased.getBody()).isTrue();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instanceId).variableName("voucherNote").singleResult()
        .getValue()).isNull();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instanceId).variableName(CaseVariables.CASE_ID).singleResult()
        .getValue()).isEqualTo(caseId);
  }

  private String claimedCase() {
    String caseId = Detractors.newCase(port, 4, "Waited an hour", "Migration Kunde " + UUID.randomUUID().toString().substring(0, 8));
    Api.as("alice", port).postForEntity("/api/cases/{id}/claim", null, Map.class, caseId);
    return caseId;
  }

  private String reachedCase() {
    String caseId = claimedCase();
    reach(caseId);
    return caseId;
  }

  private void reach(String caseId) {
    ResponseEntity<Map> reached = Api.as("alice", port).postForEntity("/api/cases/{id}/contact-attempts",
        Map.of("channel", "PHONE", "reached", true), Map.class, caseId);
    assertThat(reached.getStatusCode().is2xxSuccessful()).as("reached: %s", reached.getBody()).isTrue();
  }

  private void resolve(String caseId) {
    ResponseEntity<Map> resolved = Api.as("alice", port).postForEntity("/api/cases/{id}/resolution",
        Map.of("rootCause", "service.waiting-time", "outcome", "RECOVERED", "notes", "Sorted out"), Map.class, caseId);
    assertThat(resolved.getStatusCode().is2xxSuccessful()).as("resolved: %s", resolved.getBody()).isTrue();
  }

  private Task openTask(String caseId) {
    return tasks.createTaskQuery().processInstanceBusinessKey(caseId).active().singleResult();
  }

  private String openTaskKey(String caseId) {
    return openTask(caseId).getTaskDefinitionKey();
  }

  private void awaitOnVersion(String caseId, String definitionId) throws InterruptedException {
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
    while (!definitionId.equals(runtime.createProcessInstanceQuery()
          .processInstanceBusinessKey(caseId).processDefinitionKey(ProcessKeys.DETRACTOR_CASE).singleResult().getProcessDefinitionId())) {
      assertThat(Instant.now()).as("case %s moved to the new version in time", caseId).isBefore(giveUp);
      Thread.sleep(250);
    }
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
  }
}
