package io.closedloop.intake;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a detractor's answer becomes a case: a new one, or the customer's open case it joins. The cases
 * module answers it, in the transaction that stored the answer, so the receipt can name the case.
 */
public interface DetractorCases {

  /** Opens a case for the answer. */
  CaseForAnswer open(DetractorAnswer answer);

  /** Adds the answer to the customer's open case; empty when that case is no longer open. */
  Optional<UUID> join(UUID openCase, DetractorAnswer answer);

  /**
   * A stored detractor answer with the facts routing reads.
   *
   * @param accountOwner the customer's account owner (a user id), if known
   * @param servicePreference how the customer prefers to be served, with a hint for the call (both may be null)
   */
  record DetractorAnswer(UUID responseId, UUID customerId, int score, String comment, String touchpoint, String team,
      String segment, String accountOwner, String servicePreference, String servicePreferenceHint, Instant answeredAt) {}

  /**
   * The case opened for an answer.
   *
   * @param accountOwnerRefused why the account owner named with the answer does not own the case, or null
   */
  record CaseForAnswer(UUID caseId, String accountOwnerRefused) {}
}
