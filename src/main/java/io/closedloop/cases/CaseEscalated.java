package io.closedloop.cases;

import java.time.Instant;

/**
 * A case passed a deadline and climbed one level of its phase's escalation ladder
 * ({@link EscalationLadder}); {@code deadline} is the phase's deadline that passed.
 * Published in the transaction that escalated it.
 */
public record CaseEscalated(CaseId caseId, int level, String team, Priority priority, Instant callbackDue, Instant at,
    CasePhase phase, Instant deadline) {}
