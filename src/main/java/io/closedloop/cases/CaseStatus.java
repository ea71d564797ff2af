package io.closedloop.cases;

/** Where a case is in its life: open (nobody owns it), in progress (owned), resolved or unreachable (closed). */
public enum CaseStatus {
  OPEN, IN_PROGRESS, RESOLVED, UNREACHABLE;

  public boolean isClosed() {
    return this == RESOLVED || this == UNREACHABLE;
  }
}
