package io.closedloop.cases;

/** A new answer joined an open case; the priority routing gave the case before and after it. */
public record AnswerJoined(CaseId caseId, Priority priorityBefore, Priority priority) {}
