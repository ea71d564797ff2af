package io.closedloop.metrics;

import io.closedloop.metrics.ClosedLoopFigures.Counts;
import io.closedloop.metrics.ClosedLoopFigures.Hours;
import java.util.Arrays;

/** Counts and collects the hours of the cases of one group, then turns them into its figures. */
final class ClosedLoopTally {

  private final long now;
  private long opened;
  private long withinSla;
  private long slaDue;
  private long reached;
  private long closed;
  private long escalated;
  private long unreachable;
  private long answeredAgain;
  private long recovered;
  private final Values firstContact = new Values();
  private final Values close = new Values();

  /** {@code now} in epoch microseconds: a case not reached counts for the SLA once its deadline is before it. */
  ClosedLoopTally(long now) {
    this.now = now;
  }

  void add(CaseFacts facts, int slot) {
    opened++;
    long reachedAt = facts.firstReachedAt(slot);
    boolean isReached = reachedAt != CaseFacts.NO_INSTANT_BEFORE;
    long due = facts.callbackDue(slot);
    if (isReached) {
      reached++;
      if (reachedAt <= due) {
        withinSla++;
      }
    }
    if (isReached || due < now) {
      slaDue++;
    }
    closed += facts.is(CaseFacts.CLOSED, slot) ? 1 : 0;
    escalated += facts.is(CaseFacts.ESCALATED, slot) ? 1 : 0;
    unreachable += facts.is(CaseFacts.UNREACHABLE, slot) ? 1 : 0;
    answeredAgain += facts.is(CaseFacts.ANSWERED_AGAIN, slot) ? 1 : 0;
    recovered += facts.is(CaseFacts.RECOVERED, slot) ? 1 : 0;
    firstContact.add(facts.firstContactHours(slot));
    close.add(facts.closeHours(slot));
  }

  ClosedLoopFigures figures() {
    Counts counts = new Counts(opened, withinSla, slaDue, reached, closed, escalated, unreachable, answeredAgain, recovered);
    return ClosedLoopFigures.of(counts, firstContact.hours(), close.hours());
  }

  /** The hours of the cases that got there, for their median and 90th percentile. */
  private static final class Values {
    private double[] values = new double[16];
    private int size;

    void add(double value) {
      if (Double.isNaN(value)) {
        return;
      }
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    Hours hours() {
      if (size == 0) {
        return Hours.NONE;
      }
      Arrays.sort(values, 0, size);
      return new Hours(Ratio.hours(percentile(0.5)), Ratio.hours(percentile(0.9)));
    }

    /** Continuous percentile, interpolated between the two nearest ranks exactly as PostgreSQL's percentile_cont. */
    private double percentile(double fraction) {
      double rank = fraction * (size - 1);
      int below = (int) Math.floor(rank);
      int above = (int) Math.ceil(rank);
      if (below == above) {
        return values[below];
      }
      return values[below] + (rank - below) * (values[above] - values[below]);
    }
  }
}
