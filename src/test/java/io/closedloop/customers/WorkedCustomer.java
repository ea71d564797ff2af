package io.closedloop.customers;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.cases.CaseId;
import io.closedloop.cases.ReviewingAlarm;
import io.closedloop.support.Api;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A customer with a unique name, email, phone and comment (with an alarm word), whose detractor
 * case was worked through the API to the end: an alarm review, a failed and a successful contact
 * attempt with notes, a resolution with notes and a close-the-loop message. Every free text is unique.
 */
record WorkedCustomer(String externalId, String caseId, String touchpoint, String name, String email, String phone, String comment,
    String attemptNote, String reachedNote, String notes, String message, String alarmAction) {

  static WorkedCustomer create(int port, ReviewingAlarm reviewing, Instant answeredAt) {
    String token = UUID.randomUUID().toString().substring(0, 8);
    long digits = ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
    WorkedCustomer customer = new WorkedCustomer("gdpr-customer-" + UUID.randomUUID(), null, "gdpr-" + token,
        "Gunnhild Erasmussen-" + token, "gunnhild." + token + "@example.org", "+45 " + digits,
        "Jeg vil opsige alt efter besøget " + token, "Voicemail left for " + token, "Talked at length with " + token,
        "Refunded the fee after the talk " + token, "Dear customer, we refunded you " + token, "Called the customer at once " + token);
    TestRestTemplate admin = Api.as("admin", port);
    ResponseEntity<Map> created = admin.postForEntity("/api/responses", Map.of("externalId", "gdpr-response-" + UUID.randomUUID(),
        "score", 2, "comment", customer.comment(), "answeredAt", answeredAt.toString(), "touchpoint", customer.touchpoint(),
        "customer", Map.of("externalId", customer.externalId(), "name", customer.name(), "email", customer.email(),
            "phone", customer.phone(), "accountOwner", "alice")), Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseId = (String) created.getBody().get("caseId");
    assertThat(caseId).as("the detractor opened a case").isNotNull();

    reviewing.review(CaseId.of(caseId), customer.alarmAction(), "mike");
    TestRestTemplate alice = Api.as("alice", port);
    assertOk(alice.postForEntity("/api/cases/{id}/contact-attempts",
        Map.of("channel", "PHONE", "reached", false, "note", customer.attemptNote()), Map.class, caseId));
    assertOk(alice.postForEntity("/api/cases/{id}/contact-attempts",
        Map.of("channel", "PHONE", "reached", true, "note", customer.reachedNote()), Map.class, caseId));
    ResponseEntity<Map> resolved = alice.postForEntity("/api/cases/{id}/resolution", Map.of("rootCause", "billing.wrong-invoice",
        "outcome", "RECOVERED", "notes", customer.notes(), "closeTheLoopMessage", customer.message()), Map.class, caseId);
    assertOk(resolved);
    assertThat(resolved.getBody()).containsEntry("status", "RESOLVED");
    return customer.withCase(caseId);
  }

  WorkedCustomer withCase(String caseId) {
    return new WorkedCustomer(externalId, caseId, touchpoint, name, email, phone, comment, attemptNote, reachedNote, notes, message,
        alarmAction);
  }

  /** Everything personal about the customer, as it was given. */
  List<String> personalData() {
    return List.of(name, email, phone, comment, attemptNote, reachedNote, notes, message, alarmAction);
  }

  private static void assertOk(ResponseEntity<Map> response) {
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
  }
}
