package io.closedloop.cases;

import java.time.Instant;

/**
 * A case was opened for a detractor and routed; its SLA clock starts at {@code at}. Published in the
 * transaction that opened it.
 *
 * @param accountOwnerRefused why the account owner named with the response does not own the case
 *     (an unknown user, or not one who may own the team's cases), or null when none was named or they own it
 * @param team the team routing gave it to
 * @param priority the priority routing gave it
 * @param score the detractor's answer, 0 to 6
 * @param touchpoint where the experience happened, if known
 */
public record CaseOpened(CaseId caseId, Instant at, String accountOwnerRefused, String team, Priority priority, int score,
    String touchpoint) {}
