package io.closedloop.ideas;

import io.closedloop.shared.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the backlog of ideas, with the cases behind each and how many customers they stand for. */
@Service
@Transactional(readOnly = true)
public class IdeaBacklog {

  private final IdeaRepository ideas;
  private final JdbcClient jdbc;

  IdeaBacklog(IdeaRepository ideas, JdbcClient jdbc) {
    this.ideas = ideas;
    this.jdbc = jdbc;
  }

  public Page<Idea> list(List<IdeaStatus> statuses, Pageable pageable) {
    return statuses.isEmpty() ? ideas.findAll(pageable) : ideas.findByStatusIn(statuses, pageable);
  }

  public Idea get(UUID id) {
    return ideas.findById(id).orElseThrow(() -> new NotFoundException("No idea " + id));
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
    return ideas.findAllById(ids);
  }

  /** A case linked to an idea. */
  public record LinkedCase(UUID caseId, String rootCause, UUID customerId) {}
}
