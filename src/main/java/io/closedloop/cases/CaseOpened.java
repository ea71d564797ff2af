package io.closedloop.cases;

import java.time.Instant;

/** A case was opened for a detractor; its SLA clock starts at {@code at}. */
public record CaseOpened(CaseId caseId, Instant at) {}
