package io.closedloop.cases;

/** An agent records one attempt to reach the customer of a case. */
public record LogContactAttempt(CaseId caseId, Channel channel, boolean reached, String note, String by) {}
