package io.closedloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.metrics.ClosedLoopFigures.Hours;
import io.closedloop.metrics.facts.CaseFact;
import io.closedloop.metrics.facts.CaseFactColumns;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/** The tally's percentiles, found by selection, equal percentile_cont over the sorted values. */
class ClosedLoopTallyTest {

  @Test
  void median_and_90th_percentile_equal_the_sorted_definition_for_random_sizes_and_many_ties() {
    Random random = new Random(7);
    for (int run = 0; run < 400; run++) {
      int size = 1 + random.nextInt(run < 200 ? 12 : 3000);
      DoubleSupplier value = run % 3 == 0 ? () -> random.nextInt(4) : () -> -Math.log(1 - random.nextDouble()) * 20;
      double[] hours = new double[size];
      for (int i = 0; i < size; i++) {
        hours[i] = value.getAsDouble();
      }

      Hours tallied = tally(hours).timeToFirstContactHours();

      assertThat(tallied).as("run %d of %d values", run, size).isEqualTo(bySorting(hours));
    }
  }

  @Test
  void two_values_interpolate_and_no_values_give_no_hours() {
    assertThat(tally(new double[] {10, 20}).timeToFirstContactHours()).isEqualTo(new Hours(Ratio.hours(15.0), Ratio.hours(19.0)));
    assertThat(tally(new double[0]).timeToFirstContactHours()).isEqualTo(Hours.NONE);
  }

  private static ClosedLoopFigures tally(double[] hours) {
    CaseFactColumns facts = new CaseFactColumns();
    for (double value : hours) {
      facts.put(new CaseFact(UUID.randomUUID(), 0, "team", "owner", "", "", "", "", "", CaseFactColumns.NO_INSTANT_AFTER, 1L, value,
          Double.NaN, 0));
    }
    ClosedLoopTally tally = new ClosedLoopTally(0);
    for (int slot = 0; slot < facts.size(); slot++) {
      tally.add(facts, slot);
    }
    return tally.figures();
  }

  private static Hours bySorting(double[] hours) {
    double[] sorted = hours.clone();
    Arrays.sort(sorted);
    return new Hours(Ratio.hours(percentileCont(sorted, 0.5)), Ratio.hours(percentileCont(sorted, 0.9)));
  }

  private static double percentileCont(double[] sorted, double fraction) {
    double rank = fraction * (sorted.length - 1);
    int below = (int) Math.floor(rank);
    int above = (int) Math.ceil(rank);
    return below == above ? sorted[below] : sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
  }
}
