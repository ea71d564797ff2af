package io.closedloop.metrics;

/** Which cases behind a closed-loop figure a drill-down lists. */
public enum CaseFigure {
  OPENED("true"),
  WITHIN_SLA(ClosedLoopConditions.WITHIN_SLA),
  OUTSIDE_SLA(ClosedLoopConditions.SLA_DUE + " and not (" + ClosedLoopConditions.WITHIN_SLA + ")"),
  REACHED(ClosedLoopConditions.REACHED),
  CLOSED(ClosedLoopConditions.CLOSED),
  OPEN("not (" + ClosedLoopConditions.CLOSED + ")"),
  ESCALATED(ClosedLoopConditions.ESCALATED),
  UNREACHABLE(ClosedLoopConditions.UNREACHABLE),
  ANSWERED_AGAIN(ClosedLoopConditions.ANSWERED_AGAIN),
  RECOVERED(ClosedLoopConditions.RECOVERED),
  NOT_RECOVERED(ClosedLoopConditions.ANSWERED_AGAIN + " and next_category = 'DETRACTOR'");

  private final String condition;

  CaseFigure(String condition) {
    this.condition = condition;
  }

  String condition() {
    return condition;
  }
}
