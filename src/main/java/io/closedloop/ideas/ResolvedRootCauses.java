package io.closedloop.ideas;

import java.time.Instant;
import java.util.List;

/** The root causes of the cases resolved since a moment, for a cycle's agenda; the cases module answers it. */
public interface ResolvedRootCauses {

  /** The {@code top} most frequent root causes of the cases resolved since {@code since}, most cases first, then by code. */
  List<RootCauseCount> mostFrequent(Instant since, int top);

  /** A root cause and how many resolved cases had it. */
  record RootCauseCount(String rootCause, int cases) {}
}
