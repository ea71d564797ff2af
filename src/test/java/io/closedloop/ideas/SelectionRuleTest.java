package io.closedloop.ideas;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.ideas.SelectionRule.Candidate;
import io.closedloop.ideas.SelectionRule.Selection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SelectionRuleTest {

  private static final Instant DAY_ONE = Instant.parse("2026-03-01T09:00:00Z");

  @Test
  void picks_the_two_most_voted_short_term_ideas_and_the_most_voted_long_term_idea() {
    Candidate few = shortTerm(1, 1);
    Candidate most = shortTerm(7, 2);
    Candidate second = shortTerm(4, 3);
    Candidate longFew = longTerm(2, 4);
    Candidate longMost = longTerm(5, 5);

    Selection selection = SelectionRule.apply(List.of(few, most, second, longFew, longMost));

    assertThat(selection.shortTerm()).containsExactly(most.id(), second.id());
    assertThat(selection.longTerm()).contains(longMost.id());
  }

  @Test
  void a_tie_goes_to_the_older_idea_whatever_the_order_of_the_backlog() {
    Candidate newer = shortTerm(3, 3);
    Candidate oldest = shortTerm(3, 1);
    Candidate older = shortTerm(3, 2);
    Candidate longNewer = longTerm(2, 5);
    Candidate longOlder = longTerm(2, 4);

    Selection selection = SelectionRule.apply(List.of(newer, longNewer, older, oldest, longOlder));

    assertThat(selection.shortTerm()).containsExactly(oldest.id(), older.id());
    assertThat(selection.longTerm()).contains(longOlder.id());
    assertThat(SelectionRule.apply(List.of(oldest, older, newer, longOlder, longNewer))).isEqualTo(selection);
  }

  @Test
  void ideas_nobody_voted_for_are_not_picked() {
    Candidate voted = shortTerm(1, 2);
    Candidate unvoted = shortTerm(0, 1);

    Selection selection = SelectionRule.apply(List.of(unvoted, voted, longTerm(0, 3)));

    assertThat(selection.shortTerm()).containsExactly(voted.id());
    assertThat(selection.longTerm()).isEmpty();
  }

  private static Candidate shortTerm(long votes, int day) {
    return new Candidate(UUID.randomUUID(), Horizon.SHORT_TERM, votes, DAY_ONE.plusSeconds(86_400L * day));
  }

  private static Candidate longTerm(long votes, int day) {
    return new Candidate(UUID.randomUUID(), Horizon.LONG_TERM, votes, DAY_ONE.plusSeconds(86_400L * day));
  }
}
