package io.closedloop.cases;

/** The routing decision for a new case: owning team, priority and the call-back SLA in business hours. */
public record PlanCase(CaseId caseId, String owningTeam, Priority priority, int slaBusinessHours, String accountOwner) {}
