package io.closedloop.cases;

import java.time.Instant;

/**
 * A case passed its call-back deadline and climbed one level of the escalation ladder (1: the team's
 * managers, 2: the head of customer experience). Published in the transaction that escalated it.
 */
public record CaseEscalated(CaseId caseId, int level, String team, Priority priority, Instant callbackDue, Instant at) {}
