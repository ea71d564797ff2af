package io.closedloop.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One benchmark of the suite. To add one (the metrics module does so in {@link MetricsBenchmarks}):
 * implement this, return figures that pair ClosedLoop's number with its raw baseline measured in
 * the same run, and list it. Its result is written to {@code <results>/<name>.json}; a finished
 * benchmark is skipped on the next run unless forced.
 */
interface Benchmark {

  /** A file-name-safe name, e.g. {@code intake}. */
  String name();

  /** Whether it runs against the application started in the suite's JVM (else it starts its own). */
  default boolean needsApplication() {
    return true;
  }

  Result run(BenchContext context) throws Exception;

  /** One measured figure, with its baseline and target when it has them. */
  record Figure(String name, double value, String unit, String baselineName, Double baseline, Double ratio, String target,
      Boolean met) {

    static Figure vsBaseline(String name, double value, String unit, String baselineName, double baseline, double minRatio) {
      double ratio = baseline == 0 ? 0 : value / baseline;
      return new Figure(name, value, unit, baselineName, baseline, ratio, "≥ " + minRatio + "× baseline", ratio >= minRatio);
    }

    static Figure atMost(String name, double value, String unit, double limit) {
      return new Figure(name, value, unit, null, null, null, "≤ " + limit + " " + unit, value <= limit);
    }

    static Figure plain(String name, double value, String unit) {
      return new Figure(name, value, unit, null, null, null, null, null);
    }
  }

  /** What a benchmark found: its figures and the evidence behind them (plans, settings, sizes). */
  record Result(String benchmark, List<Figure> figures, Map<String, Object> details) {

    static Builder of(String benchmark) {
      return new Builder(benchmark);
    }

    /** Collects a result step by step. */
    static final class Builder {
      private final String benchmark;
      private final List<Figure> figures = new ArrayList<>();
      private final Map<String, Object> details = new LinkedHashMap<>();

      Builder(String benchmark) {
        this.benchmark = benchmark;
      }

      Builder figure(Figure figure) {
        figures.add(figure);
        return this;
      }

      Builder detail(String key, Object value) {
        details.put(key, value);
        return this;
      }

      Result build() {
        return new Result(benchmark, List.copyOf(figures), details);
      }
    }
  }
}
