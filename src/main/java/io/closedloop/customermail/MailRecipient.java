package io.closedloop.customermail;

import java.util.Optional;
import java.util.UUID;

/**
 * A customer as a mail recipient: their address, name, language and service preference, and
 * whether they opted out. {@link #whyNot()} says why they cannot be mailed, if they cannot.
 */
public record MailRecipient(UUID customerId, String name, String email, String language, String servicePreference,
    boolean optedOut) {

  /** Why this customer cannot be mailed. */
  public enum Refusal { NO_EMAIL, OPTED_OUT }

  public Optional<Refusal> whyNot() {
    if (optedOut) {
      return Optional.of(Refusal.OPTED_OUT);
    }
    return email == null || email.isBlank() ? Optional.of(Refusal.NO_EMAIL) : Optional.empty();
  }

  public boolean canBeMailed() {
    return whyNot().isEmpty();
  }
}
