package io.closedloop.ideas;

import io.closedloop.shared.ConflictException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Anyone logged in votes for an idea in the backlog, once per idea per cycle. */
@Service
public class VotingForIdea {

  private final IdeaBacklog backlog;
  private final CycleRepository cycles;
  private final JdbcClient jdbc;
  private final IdeaTimeline timeline;
  private final Clock clock;

  VotingForIdea(IdeaBacklog backlog, CycleRepository cycles, JdbcClient jdbc, IdeaTimeline timeline, Clock clock) {
    this.backlog = backlog;
    this.cycles = cycles;
    this.jdbc = jdbc;
    this.timeline = timeline;
    this.clock = clock;
  }

  /** A vote counted for a cycle. */
  public record VoteCast(UUID ideaId, String voter, int cycle, long votes) {}

  @Transactional
  public VoteCast vote(UUID ideaId, String voter) {
    Idea idea = backlog.get(ideaId);
    int cycle = cycleVotesCountFor();
    boolean already = jdbc.sql("select count(*) from idea_vote where idea_id = :idea and voter = :voter and cycle_number = :cycle")
        .param("idea", ideaId).param("voter", voter).param("cycle", cycle).query(Integer.class).single() > 0;
    VotingRules.refusal(idea.getStatus(), already, cycle).ifPresent(reason -> {
      throw new ConflictException(reason);
    });
    int inserted = jdbc.sql("""
            insert into idea_vote (idea_id, voter, cycle_number, cast_at) values (:idea, :voter, :cycle, :at)
            on conflict do nothing""")
        .param("idea", ideaId).param("voter", voter).param("cycle", cycle).param("at", Timestamp.from(clock.instant())).update();
    if (inserted == 0) {
      throw new ConflictException("You already voted for this idea in cycle " + cycle);
    }
    timeline.record(ideaId, voter, IdeaEventType.VOTED, "Vote for cycle " + cycle);
    return new VoteCast(ideaId, voter, cycle, backlog.votesFor(ideaId, cycle));
  }

  /** The cycle a vote cast now counts for: the one in its meeting, or else the next one. */
  public int cycleVotesCountFor() {
    return VotingRules.cycleCountedFor(
        cycles.findRunning().filter(cycle -> cycle.getStatus() == CycleStatus.MEETING).map(ImprovementCycle::getNumber).orElse(null),
        cycles.lastNumber());
  }
}
