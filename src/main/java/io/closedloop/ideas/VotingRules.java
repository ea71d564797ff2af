package io.closedloop.ideas;

import java.util.Optional;

/**
 * The rules of voting: one vote per person per idea per cycle, only ideas in the backlog take
 * votes, and a vote counts for the cycle whose meeting is open, or else (between meetings) for
 * the next cycle.
 */
public final class VotingRules {

  private VotingRules() {}

  /** The number of the cycle a vote cast now counts for. */
  public static int cycleCountedFor(Integer cycleInMeeting, int lastCycleNumber) {
    return cycleInMeeting != null ? cycleInMeeting : lastCycleNumber + 1;
  }

  /** Why a vote is refused, or empty when it counts. */
  public static Optional<String> refusal(IdeaStatus status, boolean alreadyVotedThisCycle, int cycle) {
    if (status != IdeaStatus.PROPOSED) {
      return Optional.of("Only ideas in the backlog take votes; this one is " + status);
    }
    if (alreadyVotedThisCycle) {
      return Optional.of("You already voted for this idea in cycle " + cycle);
    }
    return Optional.empty();
  }
}
