package io.closedloop.intake;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** How long each step of a backfill took, summed over its chunks, for the debug log. */
final class ImportStepTimes {

  private final Map<String, Long> millis = new LinkedHashMap<>();
  private long last = System.nanoTime();

  /** The time since the last step was spent waiting for the reading thread. */
  void waited() {
    done("waiting for validation");
  }

  /** The time since the last step was spent on {@code step}. */
  void done(String step) {
    long now = System.nanoTime();
    millis.merge(step, (now - last) / 1_000_000, Long::sum);
    last = now;
  }

  @Override
  public String toString() {
    return millis.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " ms").collect(Collectors.joining(", "));
  }
}
