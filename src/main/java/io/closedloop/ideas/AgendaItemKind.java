package io.closedloop.ideas;

/** The parts of a cycle's agenda. */
public enum AgendaItemKind {
  /** An idea proposed since the last cycle. */
  NEW_IDEA,
  /** An older idea still in the backlog: it comes back at every cycle until chosen or rejected. */
  BACKLOG_IDEA,
  /** A root cause of the cases resolved since the last cycle, most frequent first. */
  ROOT_CAUSE,
  /** An idea chosen at an earlier cycle, to be evaluated now. */
  DUE_FOR_EVALUATION
}
