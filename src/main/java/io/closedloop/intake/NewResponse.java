package io.closedloop.intake;

import io.closedloop.reference.ReferenceKind;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

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

  /** The reference codes this response carries, by kind (a code may be {@code null}). */
  public Map<ReferenceKind, String> referenceCodes() {
    Map<ReferenceKind, String> codes = new EnumMap<>(ReferenceKind.class);
    codes.put(ReferenceKind.TOUCHPOINT, touchpoint);
    codes.put(ReferenceKind.TEAM, team);
    codes.put(ReferenceKind.EMPLOYEE, employee);
    codes.put(ReferenceKind.PRODUCT, product);
    codes.put(ReferenceKind.COUNTRY, country);
    codes.put(ReferenceKind.SEGMENT, customer.segment());
    return codes;
  }

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
