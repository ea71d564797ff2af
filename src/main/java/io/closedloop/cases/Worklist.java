package io.closedloop.cases;

import java.util.List;

/**
 * The first cases of a list as a page shows them, and how many the list holds, counted up to a
 * limit: {@code atLeast} says the list holds more than {@code total} ("1,000+"), which spares
 * counting a long queue to its end on every page view.
 */
public record Worklist(List<CaseSummary> cases, long total, boolean atLeast) {

  /** Whether the list holds more cases than it shows. */
  public boolean longerThanShown() {
    return atLeast || total > cases.size();
  }
}
