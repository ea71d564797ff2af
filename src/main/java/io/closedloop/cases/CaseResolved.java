package io.closedloop.cases;

import java.time.Instant;

/**
 * A case closed: {@code RESOLVED} with its outcome and root cause, or {@code UNREACHABLE} (both null)
 * when the customer could not be reached. Published in the transaction that closed it.
 */
public record CaseResolved(CaseId caseId, CaseStatus status, Outcome outcome, String rootCause, String team, Priority priority,
    Instant at) {}
