package io.closedloop.ideas;

import io.closedloop.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads improvement cycles: the list, and one cycle with its agenda, the rule's choice, what was chosen and the evaluations. */
@Service
@Transactional(readOnly = true)
public class CycleQueries {

  private final CycleRepository cycles;
  private final JdbcClient jdbc;

  CycleQueries(CycleRepository cycles, JdbcClient jdbc) {
    this.cycles = cycles;
    this.jdbc = jdbc;
  }

  public Page<ImprovementCycle> list(Pageable pageable) {
    return cycles.findAll(pageable);
  }

  public ImprovementCycle get(UUID id) {
    return cycles.findById(id).orElseThrow(() -> new NotFoundException("No improvement cycle " + id));
  }

  public Optional<ImprovementCycle> running() {
    return cycles.findRunning();
  }

  /** The newest cycle that was not skipped. */
  public Optional<ImprovementCycle> latest() {
    return cycles.findFirstByNumberNotNullOrderByNumberDesc();
  }

  public Agenda agendaOf(UUID cycleId) {
    return new Agenda(agendaIdeas(cycleId, AgendaItemKind.NEW_IDEA), agendaIdeas(cycleId, AgendaItemKind.BACKLOG_IDEA),
        jdbc.sql("""
                select a.root_cause, coalesce(r.label, a.root_cause) as label, a.cases from cycle_agenda_item a
                left join root_cause r on r.code = a.root_cause
                where a.cycle_id = :cycle and a.kind = 'ROOT_CAUSE' order by a.position""")
            .param("cycle", cycleId)
            .query((rs, row) -> new RootCauseCount(rs.getString("root_cause"), rs.getString("label"), rs.getInt("cases")))
            .list(),
        agendaIdeas(cycleId, AgendaItemKind.DUE_FOR_EVALUATION));
  }

  /** The ideas of a cycle's choice ({@code RULE} or {@code CHOSEN}), in order. */
  public List<Choice> choicesOf(UUID cycleId, String kind) {
    return jdbc.sql("""
            select ch.idea_id, i.title, i.horizon, ch.votes, i.owner, i.status from cycle_choice ch join idea i on i.id = ch.idea_id
            where ch.cycle_id = :cycle and ch.kind = :kind order by ch.position""")
        .param("cycle", cycleId).param("kind", kind)
        .query((rs, row) -> new Choice(rs.getObject("idea_id", UUID.class), rs.getString("title"), Horizon.valueOf(rs.getString("horizon")),
            rs.getInt("votes"), rs.getString("owner"), IdeaStatus.valueOf(rs.getString("status")), workingGroup(rs.getObject("idea_id", UUID.class))))
        .list();
  }

  public List<Evaluation> evaluationsIn(UUID cycleId) {
    return evaluations("e.cycle_id = :id", cycleId);
  }

  public List<Evaluation> evaluationsOf(UUID ideaId) {
    return evaluations("e.idea_id = :id", ideaId);
  }

  private List<Evaluation> evaluations(String condition, UUID id) {
    return jdbc.sql("""
            select e.idea_id, i.title, e.cycle_id, c.number, e.implemented, e.effect, e.touchpoint, e.done_at, e.responses_before,
              e.nps_before, e.responses_after, e.nps_after, e.evaluated_at, e.evaluated_by
            from idea_evaluation e join idea i on i.id = e.idea_id join improvement_cycle c on c.id = e.cycle_id
            where """ + " " + condition + " order by e.evaluated_at")
        .param("id", id)
        .query((rs, row) -> new Evaluation(rs.getObject("idea_id", UUID.class), rs.getString("title"), rs.getObject("cycle_id", UUID.class),
            rs.getInt("number"), rs.getBoolean("implemented"), rs.getString("effect"), rs.getString("touchpoint"),
            rs.getTimestamp("done_at") == null ? null : rs.getTimestamp("done_at").toInstant(),
            (Integer) rs.getObject("responses_before"), rs.getBigDecimal("nps_before"),
            (Integer) rs.getObject("responses_after"), rs.getBigDecimal("nps_after"),
            rs.getTimestamp("evaluated_at").toInstant(), rs.getString("evaluated_by")))
        .list();
  }

  private List<String> workingGroup(UUID ideaId) {
    return jdbc.sql("select user_id from idea_member where idea_id = :idea order by user_id").param("idea", ideaId).query(String.class).list();
  }

  private List<AgendaIdea> agendaIdeas(UUID cycleId, AgendaItemKind kind) {
    return jdbc.sql("""
            select i.id, i.title, i.horizon, i.status, i.origin, i.touchpoint from cycle_agenda_item a join idea i on i.id = a.idea_id
            where a.cycle_id = :cycle and a.kind = :kind order by a.position""")
        .param("cycle", cycleId).param("kind", kind.name())
        .query((rs, row) -> new AgendaIdea(rs.getObject("id", UUID.class), rs.getString("title"), Horizon.valueOf(rs.getString("horizon")),
            IdeaStatus.valueOf(rs.getString("status")), IdeaOrigin.valueOf(rs.getString("origin")), rs.getString("touchpoint")))
        .list();
  }

  /** The agenda a cycle was prepared with. */
  public record Agenda(List<AgendaIdea> newIdeas, List<AgendaIdea> backlog, List<RootCauseCount> topRootCauses,
      List<AgendaIdea> dueForEvaluation) {}

  /** An idea on the agenda, with its status now. */
  public record AgendaIdea(UUID id, String title, Horizon horizon, IdeaStatus status, IdeaOrigin origin, String touchpoint) {}

  /** A root cause and how many resolved cases named it. */
  public record RootCauseCount(String rootCause, String label, int cases) {}

  /** An idea the rule picked or the facilitator chose, with the votes it had. */
  public record Choice(UUID ideaId, String title, Horizon horizon, int votes, String owner, IdeaStatus status, List<String> workingGroup) {}

  /** An idea's evaluation at a cycle. */
  public record Evaluation(UUID ideaId, String title, UUID cycleId, int cycleNumber, boolean implemented, String effect, String touchpoint,
      Instant doneAt, Integer responsesBefore, BigDecimal npsBefore, Integer responsesAfter, BigDecimal npsAfter, Instant evaluatedAt,
      String evaluatedBy) {}
}
