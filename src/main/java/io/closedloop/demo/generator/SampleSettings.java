package io.closedloop.demo.generator;

import java.time.Duration;
import java.time.Instant;

/**
 * What to generate: how many responses, from which seed, over which span ending when. The same
 * settings always give the same data.
 */
public record SampleSettings(int responses, long seed, Instant end, Duration span, String idPrefix) {

  public static final Duration TWO_YEARS = Duration.ofDays(730);

  public SampleSettings {
    if (responses < 0) {
      throw new IllegalArgumentException("responses must not be negative");
    }
    if (span.isNegative() || span.isZero()) {
      throw new IllegalArgumentException("span must be positive");
    }
  }

  /** Two years of answers up to {@code end}, with ids {@code gen-<seed>-<n>}. */
  public static SampleSettings of(int responses, long seed, Instant end) {
    return new SampleSettings(responses, seed, end, TWO_YEARS, "gen-" + seed + "-");
  }

  public SampleSettings withSpan(Duration span) {
    return new SampleSettings(responses, seed, end, span, idPrefix);
  }

  public SampleSettings withIdPrefix(String prefix) {
    return new SampleSettings(responses, seed, end, span, prefix);
  }
}
