package io.closedloop.ideas;

/** How big an idea is: short-term (doable within a month) or long-term (needs many people). */
public enum Horizon {
  SHORT_TERM, LONG_TERM
}
