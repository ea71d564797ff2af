package io.closedloop.intake;

import java.time.Instant;

/**
 * A validated response, ready to be stored. Optional fields are null when absent; an absent
 * {@code answeredAt} means the response was answered when it was received.
 */
public record NewResponse(
    String externalId,
    int score,
    String comment,
    Instant answeredAt,
    String touchpoint,
    String team,
    String employee,
    String product,
    String country,
    String language,
    CustomerDetails customer) {

  public NpsCategory category() {
    return NpsCategory.of(score);
  }

  /** A fingerprint of the content, to tell a harmless repeat from a conflicting one. */
  public String fingerprint() {
    return ContentFingerprint.of(this);
  }

  /** The validated customer of a response. */
  public record CustomerDetails(
      String externalId,
      String name,
      String email,
      String phone,
      String segment,
      ServicePreference servicePreference,
      String accountOwner) {}
}
