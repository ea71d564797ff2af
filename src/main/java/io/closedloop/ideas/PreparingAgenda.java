package io.closedloop.ideas;

import io.closedloop.ideas.ResolvedRootCauses.RootCauseCount;
import io.closedloop.shared.NotFoundException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prepares a cycle's agenda from the data and stores it: the ideas proposed since the last
 * cycle, the rest of the backlog, the top root causes of the cases resolved since then (the last
 * six weeks for the first cycle), and the ideas chosen earlier that are due for evaluation.
 */
@Service
public class PreparingAgenda {

  static final int TOP_ROOT_CAUSES = 5;

  private final CycleRepository cycles;
  private final ResolvedRootCauses resolved;
  private final JdbcClient jdbc;

  PreparingAgenda(CycleRepository cycles, ResolvedRootCauses resolved, JdbcClient jdbc) {
    this.cycles = cycles;
    this.resolved = resolved;
    this.jdbc = jdbc;
  }

  /** The agenda as prepared: how many of each, and the ideas to evaluate. */
  public record AgendaPrepared(UUID cycleId, int newIdeas, int backlogIdeas, int rootCauses, List<UUID> dueForEvaluation) {}

  @Transactional
  public AgendaPrepared prepare(UUID cycleId) {
    ImprovementCycle cycle = cycles.findById(cycleId).orElseThrow(() -> new NotFoundException("No improvement cycle " + cycleId));
    jdbc.sql("delete from cycle_agenda_item where cycle_id = :cycle").param("cycle", cycleId).update();
    Instant since = cycle.getPreviousAt();
    List<UUID> newIdeas = ideas("status = 'PROPOSED' and (cast(:since as timestamptz) is null or created_at >= :since)", since);
    List<UUID> backlog = ideas("status = 'PROPOSED' and created_at < :since", since);
    List<UUID> due = jdbc.sql("""
            select i.id from idea i
            where i.status in ('SELECTED', 'IN_PROGRESS', 'DONE')
              and exists (select 1 from cycle_choice ch where ch.idea_id = i.id and ch.kind = 'CHOSEN' and ch.cycle_id <> :cycle)
            order by i.created_at, i.id""").param("cycle", cycleId).query(UUID.class).list();
    add(cycleId, AgendaItemKind.NEW_IDEA, newIdeas);
    add(cycleId, AgendaItemKind.BACKLOG_IDEA, backlog);
    add(cycleId, AgendaItemKind.DUE_FOR_EVALUATION, due);
    Instant casesSince = since != null ? since : cycle.getStartedAt().minus(TouchpointNps.WINDOW);
    List<RootCauseCount> rootCauses = resolved.mostFrequent(casesSince, TOP_ROOT_CAUSES);
    for (int i = 0; i < rootCauses.size(); i++) {
      jdbc.sql("""
              insert into cycle_agenda_item (cycle_id, kind, position, root_cause, cases)
              values (:cycle, 'ROOT_CAUSE', :position, :rootCause, :cases)""")
          .param("cycle", cycleId).param("position", i + 1).param("rootCause", rootCauses.get(i).rootCause())
          .param("cases", rootCauses.get(i).cases()).update();
    }
    return new AgendaPrepared(cycleId, newIdeas.size(), backlog.size(), rootCauses.size(), due);
  }

  private List<UUID> ideas(String condition, Instant since) {
    return jdbc.sql("select id from idea where " + condition + " order by created_at, id")
        .param("since", since == null ? null : Timestamp.from(since))
        .query(UUID.class).list();
  }

  private void add(UUID cycleId, AgendaItemKind kind, List<UUID> ideaIds) {
    for (int i = 0; i < ideaIds.size(); i++) {
      jdbc.sql("insert into cycle_agenda_item (cycle_id, kind, position, idea_id) values (:cycle, :kind, :position, :idea)")
          .param("cycle", cycleId).param("kind", kind.name()).param("position", i + 1).param("idea", ideaIds.get(i)).update();
    }
  }
}
