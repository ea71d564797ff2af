package io.closedloop.ideas;

import io.closedloop.shared.NotFoundException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the backlog of ideas, with the cases behind each, how many customers they stand for, votes and the working group. */
@Service
@Transactional(readOnly = true)
public class IdeaBacklog {

  private final IdeaRepository ideas;
  private final JdbcClient jdbc;
  private final TouchpointNps nps;

  IdeaBacklog(IdeaRepository ideas, JdbcClient jdbc, TouchpointNps nps) {
    this.ideas = ideas;
    this.jdbc = jdbc;
    this.nps = nps;
  }

  public Page<Idea> list(List<IdeaStatus> statuses, Pageable pageable) {
    return statuses.isEmpty() ? ideas.findAll(pageable) : ideas.findByStatusIn(statuses, pageable);
  }

  public Idea get(UUID id) {
    return ideas.findById(id).orElseThrow(() -> new NotFoundException("No idea " + id));
  }

  public Optional<Idea> find(UUID id) {
    return ideas.findById(id);
  }

  public List<Idea> inBacklog() {
    return ideas.findByStatusOrderByCreatedAtAscIdAsc(IdeaStatus.PROPOSED);
  }

  public List<LinkedCase> casesOf(UUID ideaId) {
    return jdbc.sql("""
            select c.id, c.root_cause, c.customer_id from idea_case ic join detractor_case c on c.id = ic.case_id
            where ic.idea_id = :idea order by c.created_at
            """)
        .param("idea", ideaId)
        .query((rs, row) -> new LinkedCase(rs.getObject("id", UUID.class), rs.getString("root_cause"), rs.getObject("customer_id", UUID.class)))
        .list();
  }

  /** Open ideas (proposed or selected) whose linked cases share the root cause and touchpoint: offered to join when resolving. */
  public List<Idea> openWithRootCause(String rootCause, String touchpoint) {
    List<UUID> ids = jdbc.sql("""
            select distinct i.id from idea i
            join idea_case ic on ic.idea_id = i.id join detractor_case c on c.id = ic.case_id
            where i.status in ('PROPOSED', 'SELECTED', 'IN_PROGRESS') and c.root_cause = :rootCause
              and (cast(:touchpoint as varchar) is null or i.touchpoint = :touchpoint)
            """)
        .param("rootCause", rootCause)
        .param("touchpoint", touchpoint)
        .query(UUID.class).list();
    return ideas.findAllById(ids).stream().sorted(java.util.Comparator.comparing(Idea::getCreatedAt)).toList();
  }

  /** How many votes an idea has for one cycle. */
  public long votesFor(UUID ideaId, int cycle) {
    return jdbc.sql("select count(*) from idea_vote where idea_id = :idea and cycle_number = :cycle")
        .param("idea", ideaId).param("cycle", cycle).query(Long.class).single();
  }

  /** Votes, all cycles together, and how many distinct customers stand behind each idea's cases. */
  public Map<UUID, Counts> countsOf(List<UUID> ideaIds, int cycle) {
    Map<UUID, Counts> counts = new HashMap<>();
    if (ideaIds.isEmpty()) {
      return counts;
    }
    jdbc.sql("""
            select i.id,
              (select count(*) from idea_vote v where v.idea_id = i.id and v.cycle_number = :cycle) as votes,
              (select count(*) from idea_vote v where v.idea_id = i.id) as total_votes,
              (select count(distinct c.customer_id) from idea_case ic join detractor_case c on c.id = ic.case_id where ic.idea_id = i.id) as customers
            from idea i where i.id in (:ids)
            """)
        .param("cycle", cycle).param("ids", ideaIds)
        .query((rs, row) -> counts.put(rs.getObject("id", UUID.class),
            new Counts(rs.getLong("votes"), rs.getLong("total_votes"), rs.getLong("customers"))))
        .list();
    return counts;
  }

  public List<String> workingGroupOf(UUID ideaId) {
    return jdbc.sql("select user_id from idea_member where idea_id = :idea order by user_id").param("idea", ideaId).query(String.class).list();
  }

  /** The touchpoint's NPS before and after the idea was done; empty when it is not done. */
  public Optional<TouchpointNps.Effect> effectOf(Idea idea) {
    return Optional.ofNullable(idea.getDoneAt()).map(doneAt -> nps.around(idea.getTouchpoint(), doneAt));
  }

  /** A case linked to an idea. */
  public record LinkedCase(UUID caseId, String rootCause, UUID customerId) {}

  /** Votes for the coming selection, votes over all cycles, and distinct customers behind an idea. */
  public record Counts(long votes, long totalVotes, long customers) {
    public static final Counts NONE = new Counts(0, 0, 0);
  }
}
