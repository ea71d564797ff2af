package io.closedloop.metrics;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The improvement ideas proposed in a period and how far they got (every idea counts in each stage
 * it reached: proposed, selected, done, evaluated), and the ideas evaluated in the period with
 * their touchpoint's NPS before and after they were done.
 */
@Component
public class IdeaFunnel {

  private final JdbcClient jdbc;

  IdeaFunnel(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The stages of the funnel and the evaluated ideas. */
  public record Funnel(LocalDate from, LocalDate to, long proposed, long selected, long done, long evaluated,
      List<EvaluatedIdea> evaluatedIdeas) {}

  /** An evaluated idea: was it implemented, and the NPS of its touchpoint six weeks before and after it was done. */
  public record EvaluatedIdea(UUID id, String title, String touchpoint, boolean implemented, Instant doneAt,
      Instant evaluatedAt, Integer responsesBefore, BigDecimal npsBefore, Integer responsesAfter, BigDecimal npsAfter,
      BigDecimal npsChange) {}

  /** The stages of the funnel, each with the statuses an idea has once it got there. */
  public enum Stage {
    PROPOSED("'PROPOSED', 'SELECTED', 'IN_PROGRESS', 'DONE', 'EVALUATED', 'REJECTED'"),
    SELECTED("'SELECTED', 'IN_PROGRESS', 'DONE', 'EVALUATED'"),
    DONE("'DONE', 'EVALUATED'"),
    EVALUATED("'EVALUATED'");

    private final String statuses;

    Stage(String statuses) {
      this.statuses = statuses;
    }
  }

  /** An idea behind a stage of the funnel. */
  public record IdeaRow(UUID id, String title, String status, String horizon, String touchpoint, Instant createdAt) {}

  /** The ideas proposed in the period that reached a stage, newest first (at most 200). */
  public List<IdeaRow> ideas(Period period, Stage stage) {
    return jdbc.sql("""
            select id, title, status, horizon, touchpoint, created_at from idea
            where created_at >= :start and created_at < :end and status in (%s)
            order by created_at desc limit 200
            """.formatted(stage.statuses))
        .param("start", Timestamp.from(period.start())).param("end", Timestamp.from(period.end()))
        .query((rs, row) -> new IdeaRow(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("status"),
            rs.getString("horizon"), rs.getString("touchpoint"), rs.getTimestamp("created_at").toInstant()))
        .list();
  }

  public Funnel of(Period period) {
    Funnel counts = jdbc.sql("""
            select count(*) as proposed,
                   count(*) filter (where status in ('SELECTED', 'IN_PROGRESS', 'DONE', 'EVALUATED')) as selected,
                   count(*) filter (where status in ('DONE', 'EVALUATED')) as done,
                   count(*) filter (where status = 'EVALUATED') as evaluated
            from idea where created_at >= :start and created_at < :end
            """)
        .param("start", Timestamp.from(period.start())).param("end", Timestamp.from(period.end()))
        .query((rs, row) -> new Funnel(period.from(), period.to(), rs.getLong("proposed"), rs.getLong("selected"),
            rs.getLong("done"), rs.getLong("evaluated"), List.of()))
        .single();
    return new Funnel(period.from(), period.to(), counts.proposed(), counts.selected(), counts.done(), counts.evaluated(),
        evaluated(period));
  }

  private List<EvaluatedIdea> evaluated(Period period) {
    return jdbc.sql("""
            select i.id, i.title, e.touchpoint, e.implemented, e.done_at, e.evaluated_at,
                   e.responses_before, e.nps_before, e.responses_after, e.nps_after
            from idea_evaluation e join idea i on i.id = e.idea_id
            where e.evaluated_at >= :start and e.evaluated_at < :end
            order by e.evaluated_at desc, i.title
            """)
        .param("start", Timestamp.from(period.start())).param("end", Timestamp.from(period.end()))
        .query((rs, row) -> {
          BigDecimal before = rs.getBigDecimal("nps_before");
          BigDecimal after = rs.getBigDecimal("nps_after");
          Timestamp done = rs.getTimestamp("done_at");
          return new EvaluatedIdea(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("touchpoint"),
              rs.getBoolean("implemented"), done == null ? null : done.toInstant(), rs.getTimestamp("evaluated_at").toInstant(),
              (Integer) rs.getObject("responses_before"), before, (Integer) rs.getObject("responses_after"), after,
              before == null || after == null ? null : after.subtract(before));
        })
        .list();
  }
}
