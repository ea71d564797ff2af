package io.closedloop.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * Open a case for a detractor response, with the facts routing needs.
 *
 * @param team the team the response was attributed to, if any
 * @param accountOwner the customer's account owner (a user id), if known
 * @param servicePreference how the customer prefers to be served, with a hint for the call (both may be null)
 */
public record OpenCase(
    UUID responseId,
    UUID customerId,
    int score,
    String comment,
    String touchpoint,
    String team,
    String segment,
    String accountOwner,
    String servicePreference,
    String servicePreferenceHint,
    Instant openedAt) {}
