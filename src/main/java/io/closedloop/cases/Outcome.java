package io.closedloop.cases;

/** How a resolved case ended for the customer relationship. */
public enum Outcome {
  RECOVERED, PARTIALLY_RECOVERED, NOT_RECOVERED
}
