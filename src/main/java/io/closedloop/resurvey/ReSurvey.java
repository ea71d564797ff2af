package io.closedloop.resurvey;

import java.time.Instant;
import java.util.UUID;

/**
 * One closed case's re-survey as stored: whom it asked, in which language, when the mail was queued
 * and until when its link is good, and, once answered, the answer's response and any follow-up case.
 */
public record ReSurvey(UUID id, UUID caseId, UUID customerId, String language, Instant sentAt, Instant expiresAt,
    Instant answeredAt, UUID responseId, UUID followUpCaseId) {

  public boolean isAnswered() {
    return answeredAt != null;
  }
}
