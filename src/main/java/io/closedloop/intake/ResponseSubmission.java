package io.closedloop.intake;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One NPS response as a client sends it, before validation: every field is text so that a
 * bad value is reported against its field instead of failing the whole request.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record ResponseSubmission(
    String externalId,
    String score,
    String comment,
    String answeredAt,
    String touchpoint,
    String team,
    String employee,
    String product,
    String country,
    String language,
    CustomerSubmission customer) {

  /** The customer block of a submission, as sent. */
  @JsonIgnoreProperties(ignoreUnknown = false)
  public record CustomerSubmission(
      String externalId,
      String name,
      String email,
      String phone,
      String segment,
      String servicePreference,
      String accountOwner) {}
}
