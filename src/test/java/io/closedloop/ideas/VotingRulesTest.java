package io.closedloop.ideas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VotingRulesTest {

  @Test
  void a_vote_during_a_meeting_counts_for_that_cycle() {
    assertThat(VotingRules.cycleCountedFor(3, 3)).isEqualTo(3);
  }

  @Test
  void a_vote_between_meetings_counts_for_the_next_cycle() {
    assertThat(VotingRules.cycleCountedFor(null, 3)).isEqualTo(4);
    assertThat(VotingRules.cycleCountedFor(null, 0)).isEqualTo(1);
  }

  @Test
  void a_second_vote_for_the_same_idea_in_the_same_cycle_is_refused() {
    assertThat(VotingRules.refusal(IdeaStatus.PROPOSED, true, 2)).contains("You already voted for this idea in cycle 2");
    assertThat(VotingRules.refusal(IdeaStatus.PROPOSED, false, 2)).isEmpty();
  }

  @Test
  void only_ideas_in_the_backlog_take_votes() {
    assertThat(VotingRules.refusal(IdeaStatus.SELECTED, false, 1)).isPresent();
    assertThat(VotingRules.refusal(IdeaStatus.REJECTED, false, 1)).isPresent();
    assertThat(VotingRules.refusal(IdeaStatus.DONE, false, 1)).isPresent();
  }
}
