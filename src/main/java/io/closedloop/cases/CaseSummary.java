package io.closedloop.cases;

import java.time.Instant;
import java.util.UUID;

/** A case as lists show it: enough to decide what to work on next. */
public record CaseSummary(UUID id, UUID responseId, CaseStatus status, String owner, String team, Priority priority,
    boolean alarming, Instant callbackDue, boolean overdue, int escalationLevel, Instant createdAt, Instant nextAttemptDue,
    String touchpoint, int score, String customerName, String customerExternalId) {}
