package io.closedloop.cases;

/** The process that drives a case; implemented on the process engine in {@code workflow}. */
public interface CaseWorkflow {

  /** Starts the case's process in the caller's transaction: if it fails, the case is not opened. */
  void start(CaseId caseId, OpenCase facts);
}
