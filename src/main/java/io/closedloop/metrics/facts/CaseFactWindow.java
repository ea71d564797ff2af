package io.closedloop.metrics.facts;

import io.closedloop.metrics.ClosedLoopConditions;
import io.closedloop.metrics.Period;
import java.util.Map;

/**
 * The case facts a figure needs, as a condition on {@code case_fact}: read straight from the
 * database while the whole copy is still loading, so that figures are right from the first request.
 */
public record CaseFactWindow(String condition, Map<String, Object> parameters) {

  /** The cases opened in the period, on its UTC days. */
  public static CaseFactWindow openedIn(Period period) {
    return new CaseFactWindow("day between :from and :to", Map.of("from", period.from(), "to", period.to()));
  }

  /** The cases not closed yet. */
  public static CaseFactWindow notClosed() {
    return new CaseFactWindow("not (" + ClosedLoopConditions.CLOSED + ")", Map.of());
  }
}
