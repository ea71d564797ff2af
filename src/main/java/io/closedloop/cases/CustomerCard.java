package io.closedloop.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The customer and response behind a case, as the people working it see them, with the
 * customer's earlier responses and cases, and the details responses gave differently (newest first).
 */
public record CustomerCard(UUID customerId, String externalId, String name, String email, String phone, String segment,
    String servicePreference, String accountOwner, Answer response, List<Answer> earlierResponses, List<UUID> earlierCases,
    List<DetailChange> detailChanges) {

  /** One NPS answer of the customer. */
  public record Answer(UUID id, int score, String category, String comment, String touchpoint, String employee, Instant answeredAt) {}

  /**
   * A detail of the customer that a response gave differently: taken ({@code applied}) or kept out
   * ({@code closedloop.intake.customer-updates}); from which response, posted by whom.
   */
  public record DetailChange(Instant at, String field, String before, String after, boolean applied, UUID responseId,
      String responseExternalId, String postedBy) {}
}
