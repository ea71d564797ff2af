package io.closedloop.ideas;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Picks the two most-voted short-term ideas and the most-voted long-term idea of the backlog.
 * Only ideas with at least one vote are picked; ties go to the older idea (then the smaller id),
 * so the same votes always give the same choice.
 */
public final class SelectionRule {

  public static final int SHORT_TERM_IDEAS = 2;
  public static final int LONG_TERM_IDEAS = 1;

  private static final Comparator<Candidate> MOST_VOTED_OLDEST_FIRST = Comparator.comparingLong(Candidate::votes).reversed()
      .thenComparing(Candidate::createdAt)
      .thenComparing(Candidate::id);

  private SelectionRule() {}

  /** An idea of the backlog with its votes for the cycle. */
  public record Candidate(UUID id, Horizon horizon, long votes, Instant createdAt) {}

  /** The ideas the rule picks. */
  public record Selection(List<UUID> shortTerm, Optional<UUID> longTerm) {}

  public static Selection apply(List<Candidate> candidates) {
    return new Selection(top(candidates, Horizon.SHORT_TERM, SHORT_TERM_IDEAS),
        top(candidates, Horizon.LONG_TERM, LONG_TERM_IDEAS).stream().findFirst());
  }

  private static List<UUID> top(List<Candidate> candidates, Horizon horizon, int count) {
    return candidates.stream()
        .filter(candidate -> candidate.horizon() == horizon && candidate.votes() > 0)
        .sorted(MOST_VOTED_OLDEST_FIRST)
        .limit(count)
        .map(Candidate::id)
        .toList();
  }
}
