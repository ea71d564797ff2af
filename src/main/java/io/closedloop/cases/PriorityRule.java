package io.closedloop.cases;

/**
 * The priority part of the routing decision ({@code case-routing}), asked again when a new answer joins an
 * open case, and the case's process told of a changed priority; implemented on the engine in {@code cases/process}.
 */
public interface PriorityRule {

  /** The priority routing gives an answer with these facts. */
  Priority decide(OpenCase facts, boolean alarming);

  /** The case's priority changed: a process that holds a {@code priority} variable gets the new one. */
  void changed(CaseId caseId, Priority priority);
}
