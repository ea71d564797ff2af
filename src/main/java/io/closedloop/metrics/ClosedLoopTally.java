package io.closedloop.metrics;

import io.closedloop.metrics.ClosedLoopFigures.Counts;
import io.closedloop.metrics.ClosedLoopFigures.Hours;
import io.closedloop.metrics.facts.CaseFactColumns;
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

  void add(CaseFactColumns facts, int slot) {
    opened++;
    long reachedAt = facts.firstReachedAt(slot);
    boolean isReached = reachedAt != CaseFactColumns.NO_INSTANT_BEFORE;
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
    closed += facts.is(CaseFactColumns.CLOSED, slot) ? 1 : 0;
    escalated += facts.is(CaseFactColumns.ESCALATED, slot) ? 1 : 0;
    unreachable += facts.is(CaseFactColumns.UNREACHABLE, slot) ? 1 : 0;
    answeredAgain += facts.is(CaseFactColumns.ANSWERED_AGAIN, slot) ? 1 : 0;
    recovered += facts.is(CaseFactColumns.RECOVERED, slot) ? 1 : 0;
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
      double median = percentile(0.5, 0);
      int medianRank = (int) Math.floor(0.5 * (size - 1));
      return new Hours(Ratio.hours(median), Ratio.hours(percentile(0.9, medianRank)));
    }

    /**
     * Continuous percentile, interpolated between the two nearest ranks exactly as PostgreSQL's
     * percentile_cont; found by selection, not by sorting. Values below {@code from} are already
     * the smallest ones, in place (a lower percentile was selected before).
     */
    private double percentile(double fraction, int from) {
      double rank = fraction * (size - 1);
      int below = (int) Math.floor(rank);
      int above = (int) Math.ceil(rank);
      double low = select(from, below);
      if (below == above) {
        return low;
      }
      double high = values[above];
      for (int i = above + 1; i < size; i++) {
        high = Math.min(high, values[i]);
      }
      return low + (rank - below) * (high - low);
    }

    /** Puts the value of rank {@code k} at index k, the smaller ones before it, the larger after (Hoare's selection). */
    private double select(int from, int k) {
      int left = from;
      int right = size - 1;
      while (right > left) {
        int middle = (left + right) >>> 1;
        double pivot = medianOfThree(values[left], values[middle], values[right]);
        int i = left;
        int j = right;
        while (i <= j) {
          while (values[i] < pivot) {
            i++;
          }
          while (values[j] > pivot) {
            j--;
          }
          if (i <= j) {
            double swapped = values[i];
            values[i++] = values[j];
            values[j--] = swapped;
          }
        }
        if (k <= j) {
          right = j;
        } else if (k >= i) {
          left = i;
        } else {
          return values[k];
        }
      }
      return values[k];
    }

    private static double medianOfThree(double a, double b, double c) {
      return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
  }
}
