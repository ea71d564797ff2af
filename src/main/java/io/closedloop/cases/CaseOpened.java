package io.closedloop.cases;

import java.time.Instant;

/**
 * A case was opened for a detractor; its SLA clock starts at {@code at}.
 *
 * @param accountOwnerRefused why the account owner named with the response does not own the case
 *     (an unknown user, or not one who may own the team's cases), or null when none was named or they own it
 */
public record CaseOpened(CaseId caseId, Instant at, String accountOwnerRefused) {}
