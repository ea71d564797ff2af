package io.closedloop.cases;

import io.closedloop.ideas.ProposeIdea;

/** Close the loop with a reached customer: root cause, outcome, notes, the message to the customer, and maybe an idea. */
public record ResolveCase(CaseId caseId, String rootCause, Outcome outcome, String notes, String closeTheLoopMessage,
    ProposeIdea idea, String by) {}
