package io.closedloop.cases;

import static io.closedloop.support.CaseJson.contactAttempts;
import static io.closedloop.support.CaseJson.content;
import static io.closedloop.support.CaseJson.timelineDetails;
import static io.closedloop.support.CaseJson.timelineTypes;
import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.Api;
import io.closedloop.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Works detractor cases through the API, Tasklist's task service and the real job executor, on the embedded PostgreSQL. */
@IntegrationTest
class WorkingACaseIT {

  @LocalServerPort
  int port;

  @Autowired
  TaskService tasks;

  @Autowired
  ManagementService management;

  @Autowired
  org.camunda.bpm.engine.RuntimeService runtime;

  @Test
  void an_agent_claims_logs_a_failed_and_a_successful_attempt_and_resolves_with_an_idea() {
    String caseId = newDetractorCase(5, "The invoice page is a mess");
    TestRestTemplate alice = Api.as("alice", port);

    assertThat(alice.postForEntity("/api/cases/{id}/claim", null, Map.class, caseId).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(alice.postForEntity("/api/cases/{id}/contact-attempts", Map.of("channel", "PHONE", "reached", false, "note", "Voicemail"),
        Map.class, caseId).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(alice.postForEntity("/api/cases/{id}/contact-attempts", Map.of("channel", "PHONE", "reached", true, "note", "Talked"),
        Map.class, caseId).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<Map> resolved = alice.postForEntity("/api/cases/{id}/resolution", Map.of(
        "rootCause", "website.navigation", "outcome", "RECOVERED", "notes", "Showed where the invoices are",
        "closeTheLoopMessage", "Thank you, we are simplifying the page",
        "idea", Map.of("title", "Invoice link on the front page " + caseId, "horizon", "SHORT_TERM")), Map.class, caseId);

    assertThat(resolved.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> body = resolved.getBody();
    assertThat(body).containsEntry("status", "RESOLVED").containsEntry("owner", "alice").containsEntry("outcome", "RECOVERED")
        .containsEntry("rootCause", "website.navigation");
    assertThat((List<?>) body.get("contactAttempts")).hasSize(2);
    assertThat(timelineTypes(body)).containsSubsequence("OPENED", "ROUTED", "CLAIMED", "CONTACT_ATTEMPTED", "RETRY_SCHEDULED",
        "CONTACT_ATTEMPTED", "RESOLVED", "IDEA_LINKED");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseId).count()).isZero();
    Map<String, Object> ideas = alice.getForObject("/api/ideas?size=200", Map.class);
    assertThat(content(ideas)).extracting(idea -> idea.get("title")).contains("Invoice link on the front page " + caseId);
  }

  @Test
  void actions_that_the_case_state_does_not_allow_are_refused_with_409() {
    String caseId = newDetractorCase(6, "Slow");
    TestRestTemplate alice = Api.as("alice", port);
    TestRestTemplate bob = Api.as("bob", port);

    assertThat(alice.postForEntity("/api/cases/{id}/contact-attempts", Map.of("channel", "PHONE", "reached", true), Map.class, caseId)
        .getStatusCode()).as("attempt before claiming").isEqualTo(HttpStatus.CONFLICT);
    alice.postForEntity("/api/cases/{id}/claim", null, Map.class, caseId);
    assertThat(bob.postForEntity("/api/cases/{id}/claim", null, Map.class, caseId).getStatusCode())
        .as("claiming an owned case").isEqualTo(HttpStatus.CONFLICT);
    assertThat(alice.postForEntity("/api/cases/{id}/resolution",
        Map.of("rootCause", "service.waiting-time", "outcome", "RECOVERED", "notes", "n"), Map.class, caseId).getStatusCode())
        .as("resolving before reaching").isEqualTo(HttpStatus.CONFLICT);
    assertThat(alice.postForEntity("/api/cases/{id}/resolution",
        Map.of("rootCause", "service", "outcome", "RECOVERED", "notes", ""), Map.class, caseId).getStatusCode())
        .as("a resolution naming no leaf root cause and no notes").isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void leadership_may_not_claim_even_a_case_waiting_unowned_in_the_queue() {
    String caseId = newDetractorCase(6, "Slow");

    assertThat(Api.as("lea", port).postForEntity("/api/cases/{id}/claim", null, Map.class, caseId).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as("alice", port).getForObject("/api/cases/{id}", Map.class, caseId)).containsEntry("owner", null);
  }

  @Test
  void three_failed_attempts_close_the_case_as_unreachable_with_a_note() {
    String caseId = newDetractorCase(4, null);
    TestRestTemplate bob = Api.as("bob", port);
    bob.postForEntity("/api/cases/{id}/claim", null, Map.class, caseId);

    for (int attempt = 0; attempt < 3; attempt++) {
      bob.postForEntity("/api/cases/{id}/contact-attempts", Map.of("channel", "SMS", "reached", false), Map.class, caseId);
    }

    Map<?, ?> body = bob.getForObject("/api/cases/{id}", Map.class, caseId);
    assertThat(body.get("status")).isEqualTo("UNREACHABLE");
    assertThat((String) body.get("notes")).contains("3 attempts");
    assertThat(bob.postForEntity("/api/cases/{id}/contact-attempts", Map.of("channel", "SMS", "reached", true), Map.class, caseId)
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void a_manager_reassigns_with_a_reason_and_the_task_and_the_new_owner_follow() {
    String caseId = newDetractorCase(5, null);
    Api.as("alice", port).postForEntity("/api/cases/{id}/claim", null, Map.class, caseId);

    ResponseEntity<Map> reassigned = Api.as("mike", port).postForEntity("/api/cases/{id}/assignment",
        Map.of("owner", "bob", "reason", "Alice is on holiday"), Map.class, caseId);

    assertThat(reassigned.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(reassigned.getBody()).containsEntry("owner", "bob");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult().getAssignee()).isEqualTo("bob");
    Map<String, Object> moved = reassigned.getBody();
    assertThat(timelineDetails(moved))
        .contains("Reassigned from alice to bob: Alice is on holiday");
    Map<String, Object> unread = Api.as("bob", port).getForObject("/api/notifications?unread=true&size=200", Map.class);
    assertThat(content(unread)).extracting(notification -> notification.get("caseId")).contains(caseId);
    assertThat(Api.as("alice", port).postForEntity("/api/cases/{id}/assignment", Map.of("owner", "alice"), Map.class, caseId)
        .getStatusCode()).as("an agent assigning").isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void a_claim_and_a_completed_form_in_tasklist_work_the_case_like_the_api() {
    String caseId = newDetractorCase(5, null);
    Task callBack = tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult();

    tasks.claim(callBack.getId(), "bob");
    tasks.complete(callBack.getId(), Map.of("channel", "PHONE", "reached", true, "note", "Reached from Tasklist"));

    Map<String, Object> body = Api.as("bob", port).getForObject("/api/cases/{id}", Map.class, caseId);
    assertThat(body.get("owner")).isEqualTo("bob");
    assertThat(body.get("status")).isEqualTo("IN_PROGRESS");
    assertThat(contactAttempts(body)).singleElement()
        .satisfies(attempt -> assertThat(attempt).containsEntry("by", "bob").containsEntry("reached", true));
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult().getTaskDefinitionKey()).isEqualTo("ResolveCase");
  }

  @Test
  void an_alarm_word_in_the_comment_marks_the_case_alarming_and_alerts_the_manager() {
    String caseId = newDetractorCase(6, "Jeg vil opsige mit abonnement");

    Map<?, ?> body = Api.as("mike", port).getForObject("/api/cases/{id}", Map.class, caseId);
    assertThat(body.get("alarming")).isEqualTo(true);
    assertThat(body.get("priority")).isEqualTo("HIGH");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKey("ReviewAlarmingCase")
        .taskCandidateUser("mike").count()).isEqualTo(1);
  }

  private String newDetractorCase(int score, String comment) {
    String externalId = "case-it-" + UUID.randomUUID();
    java.util.Map<String, Object> response = new java.util.HashMap<>(Map.of("externalId", externalId, "score", score,
        "touchpoint", "website", "customer", Map.of("externalId", "customer-" + externalId, "name", "Case Customer")));
    if (comment != null) {
      response.put("comment", comment);
    }
    ResponseEntity<Map> created = Api.as("admin", port).postForEntity("/api/responses", response, Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return (String) created.getBody().get("caseId");
  }
}
