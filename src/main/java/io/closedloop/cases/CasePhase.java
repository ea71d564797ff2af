package io.closedloop.cases;

/** The part of a case's life a deadline belongs to: calling the customer back, then resolving what they raised. */
public enum CasePhase {
  CALL_BACK, RESOLUTION
}
