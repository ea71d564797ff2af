package io.closedloop.customers;

import java.util.List;
import java.util.UUID;

/**
 * Whose personal data an export or erasure covers: a customer and the cases to cover. When
 * {@code wholeCustomer} is false only the listed cases (and their responses) are covered, as the
 * retention does for old cases of a customer who is still active.
 */
public record DataSubject(UUID customerId, List<UUID> caseIds, boolean wholeCustomer) {

  public DataSubject {
    caseIds = List.copyOf(caseIds);
  }

  /** The name the audit and the erased customer record go by instead of the customer's own. */
  public String pseudonym() {
    return "erased-" + customerId;
  }
}
