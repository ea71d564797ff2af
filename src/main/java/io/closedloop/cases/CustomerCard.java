package io.closedloop.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The customer and response behind a case, as the people working it see them, with the
 * customer's earlier responses and cases.
 */
public record CustomerCard(UUID customerId, String externalId, String name, String email, String phone, String segment,
    String servicePreference, String accountOwner, Answer response, List<Answer> earlierResponses, List<UUID> earlierCases) {

  /** One NPS answer of the customer. */
  public record Answer(UUID id, int score, String category, String comment, String touchpoint, String employee, Instant answeredAt) {}
}
