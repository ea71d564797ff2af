package io.closedloop.cases;

/** Add a customer's new answer (already stored) to their open case; {@code answer} has the facts routing reads. */
public record JoinOpenCase(CaseId caseId, OpenCase answer) {}
