package io.closedloop.bench;

import java.util.List;

/**
 * The place of the metrics module's benchmarks (e.g. {@code GET /api/metrics/nps} over the
 * generated years against the same aggregate in plain SQL). Add them to this list; the suite runs
 * them after the others and BENCHMARKS.md gives them the "Metrics" section.
 */
final class MetricsBenchmarks {

  private MetricsBenchmarks() {}

  static List<Benchmark> all() {
    return List.of();
  }
}
