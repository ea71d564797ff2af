package io.closedloop.metrics;

import java.math.BigDecimal;

/**
 * How the inner loop went for the cases opened in a period. Shares and rates are fractions (0-1)
 * of the cases opened, except: contacted within SLA of the cases reached or past their deadline,
 * recovery of the cases whose customer answered again within 180 days. Hours are wall-clock.
 * {@code counts} holds the numbers the shares are made of, for drilling down.
 */
public record ClosedLoopFigures(long casesOpened, BigDecimal contactedWithinSlaShare, Hours timeToFirstContactHours,
    Hours timeToCloseHours, BigDecimal closedLoopRate, BigDecimal escalationRate, BigDecimal unreachableRate,
    BigDecimal recoveryRate, Counts counts) {

  public static final ClosedLoopFigures NONE = of(new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0), Hours.NONE, Hours.NONE);

  public static ClosedLoopFigures of(Counts counts, Hours firstContact, Hours close) {
    return new ClosedLoopFigures(counts.opened(), Ratio.of(counts.withinSla(), counts.slaDue()), firstContact, close,
        Ratio.of(counts.closed(), counts.opened()), Ratio.of(counts.escalated(), counts.opened()),
        Ratio.of(counts.unreachable(), counts.opened()), Ratio.of(counts.recovered(), counts.answeredAgain()), counts);
  }

  /** Median and 90th percentile in hours, one decimal; null when no case got there. */
  public record Hours(BigDecimal p50, BigDecimal p90) {
    public static final Hours NONE = new Hours(null, null);
  }

  /**
   * Cases opened; contacted within SLA and the cases that count for it (reached, or deadline
   * passed); reached; closed; escalated; unreachable; answered again within 180 days; recovered.
   */
  public record Counts(long opened, long withinSla, long slaDue, long reached, long closed, long escalated,
      long unreachable, long answeredAgain, long recovered) {}
}
