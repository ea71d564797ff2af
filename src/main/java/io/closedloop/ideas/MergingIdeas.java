package io.closedloop.ideas;

import io.closedloop.shared.InvalidInputException;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager merges a duplicate into another idea: its cases and votes move over (a voter who
 * voted for both in the same cycle keeps one vote), and the duplicate is rejected with a pointer
 * to the idea it was merged into.
 */
@Service
public class MergingIdeas {

  private final IdeaBacklog backlog;
  private final JdbcClient jdbc;
  private final IdeaTimeline timeline;

  MergingIdeas(IdeaBacklog backlog, JdbcClient jdbc, IdeaTimeline timeline) {
    this.backlog = backlog;
    this.jdbc = jdbc;
    this.timeline = timeline;
  }

  /** The result of a merge: what moved over. */
  public record IdeasMerged(UUID from, UUID into, int cases, int votes) {}

  @Transactional
  public IdeasMerged merge(UUID duplicateId, UUID intoId, String by) {
    if (intoId == null) {
      throw new InvalidInputException("into", "is required: the id of the idea to keep");
    }
    Idea duplicate = backlog.get(duplicateId);
    Idea into = backlog.get(intoId);
    duplicate.mergeInto(into);
    int cases = jdbc.sql("""
            insert into idea_case (idea_id, case_id) select :into, case_id from idea_case where idea_id = :from
            on conflict do nothing""").param("into", intoId).param("from", duplicateId).update();
    int votes = jdbc.sql("""
            insert into idea_vote (idea_id, voter, cycle_number, cast_at)
            select :into, voter, cycle_number, cast_at from idea_vote where idea_id = :from
            on conflict do nothing""").param("into", intoId).param("from", duplicateId).update();
    jdbc.sql("delete from idea_vote where idea_id = :from").param("from", duplicateId).update();
    timeline.record(duplicateId, by, IdeaEventType.MERGED_INTO, "Merged into " + into.getTitle() + " (" + intoId + ")");
    timeline.record(intoId, by, IdeaEventType.MERGED_FROM,
        "Merged " + duplicate.getTitle() + " (" + duplicateId + "): " + cases + " cases and " + votes + " votes carried over");
    return new IdeasMerged(duplicateId, intoId, cases, votes);
  }
}
