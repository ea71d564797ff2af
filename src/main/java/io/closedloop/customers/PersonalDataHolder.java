package io.closedloop.customers;

/**
 * A module's share of a customer's personal data. The module that owns a table holding names,
 * contact details or free text about a customer implements this: it lists what it holds for an
 * access request and removes or pseudonymises it for an erasure, in the caller's transaction.
 * Counts, scores, dates, categories and codes stay, so that the figures do not change.
 */
public interface PersonalDataHolder {

  /** The name of this holder's part of an export, e.g. {@code cases}. */
  String section();

  /** What this holder keeps about the subject, ready to be written as JSON. */
  Object exportOf(DataSubject subject);

  /** Removes or pseudonymises the subject's personal data held here. */
  void erase(DataSubject subject);
}
