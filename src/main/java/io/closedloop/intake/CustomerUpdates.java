package io.closedloop.intake;

/**
 * Whether a response may change the details of a customer ClosedLoop already knows
 * ({@code closedloop.intake.customer-updates}). Either way every difference is recorded in the
 * customer's history, and a detail the customer lacks is filled in.
 */
public enum CustomerUpdates {
  /** A response's details replace the known ones. */
  APPLY,
  /** The known details stay; a response only fills in what is missing. */
  KEEP_EXISTING;

  /** The value the customer keeps when {@code known} meets {@code incoming} (null: absent). */
  <T> T kept(T known, T incoming) {
    if (incoming == null) {
      return known;
    }
    return this == APPLY || known == null ? incoming : known;
  }
}
