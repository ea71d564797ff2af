package io.closedloop.metrics;

/** Which cases behind a closed-loop figure a drill-down lists. */
public enum CaseFigure {
  OPENED("true"),
  WITHIN_SLA(ClosedLoopQueries.WITHIN_SLA),
  OUTSIDE_SLA(ClosedLoopQueries.SLA_DUE + " and not (" + ClosedLoopQueries.WITHIN_SLA + ")"),
  REACHED(ClosedLoopQueries.REACHED),
  CLOSED(ClosedLoopQueries.CLOSED),
  OPEN("not (" + ClosedLoopQueries.CLOSED + ")"),
  ESCALATED(ClosedLoopQueries.ESCALATED),
  UNREACHABLE(ClosedLoopQueries.UNREACHABLE),
  ANSWERED_AGAIN(ClosedLoopQueries.ANSWERED_AGAIN),
  RECOVERED(ClosedLoopQueries.RECOVERED),
  NOT_RECOVERED(ClosedLoopQueries.ANSWERED_AGAIN + " and next_category = 'DETRACTOR'");

  private final String condition;

  CaseFigure(String condition) {
    this.condition = condition;
  }

  String condition() {
    return condition;
  }
}
