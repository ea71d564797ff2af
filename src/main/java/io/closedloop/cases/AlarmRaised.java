package io.closedloop.cases;

import java.time.Instant;

/** An alarming detractor was put in front of its team's managers. Published in the transaction that raised it. */
public record AlarmRaised(CaseId caseId, String team, Priority priority, String touchpoint, Instant at) {}
