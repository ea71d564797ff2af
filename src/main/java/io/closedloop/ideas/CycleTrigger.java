package io.closedloop.ideas;

/** What started a cycle: its schedule (the timer of the process) or a facilitator by hand. */
public enum CycleTrigger {
  SCHEDULE, MANUAL
}
