package io.closedloop.cases;

/** How urgently a case must be worked. */
public enum Priority {
  HIGH, NORMAL, LOW
}
