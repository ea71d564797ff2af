package io.closedloop.metrics;

/**
 * The closed-loop KPIs' definitions as SQL conditions on a {@code case_fact} row: shared by the
 * in-memory case facts, the drill-down lists and the figures' names ({@link CaseFigure}).
 */
public final class ClosedLoopConditions {

  public static final String WITHIN_SLA = "first_reached_at is not null and (callback_due is null or first_reached_at <= callback_due)";
  public static final String SLA_DUE = "(first_reached_at is not null or callback_due < :now)";
  public static final String REACHED = "first_reached_at is not null";
  public static final String CLOSED = "status in ('RESOLVED', 'UNREACHABLE')";
  public static final String ESCALATED = "escalated";
  public static final String UNREACHABLE = "status = 'UNREACHABLE'";
  public static final String ANSWERED_AGAIN = "next_answer_at <= answered_at + interval '180 days'";
  public static final String RECOVERED = ANSWERED_AGAIN + " and next_category in ('PASSIVE', 'PROMOTER')";

  private ClosedLoopConditions() {}
}
