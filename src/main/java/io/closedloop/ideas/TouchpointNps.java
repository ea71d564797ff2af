package io.closedloop.ideas;

import io.closedloop.intake.NpsCounting;
import io.closedloop.nps.Nps;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The NPS a touchpoint had in the six weeks before and the six weeks after an idea targeting it was done. */
@Component
public class TouchpointNps {

  /** How far before and after the done date the responses count. */
  public static final Duration WINDOW = Duration.ofDays(42);

  private final JdbcClient jdbc;
  private final NpsCounting counting;

  TouchpointNps(JdbcClient jdbc, NpsCounting counting) {
    this.jdbc = jdbc;
    this.counting = counting;
  }

  /** The effect of an idea: its touchpoint's NPS before and after it was done; empty windows when it has no touchpoint. */
  public record Effect(String touchpoint, Instant doneAt, NpsWindow before, NpsWindow after) {}

  public Effect around(String touchpoint, Instant doneAt) {
    return new Effect(touchpoint, doneAt, between(touchpoint, doneAt.minus(WINDOW), doneAt), between(touchpoint, doneAt, doneAt.plus(WINDOW)));
  }

  /** Responses of the touchpoint answered from {@code from} (inclusive) to {@code to} (exclusive). */
  public NpsWindow between(String touchpoint, Instant from, Instant to) {
    if (touchpoint == null) {
      return new NpsWindow(from, to, Nps.NONE);
    }
    return jdbc.sql("""
            select count(*) filter (where category = 'PROMOTER') as promoters, count(*) filter (where category = 'PASSIVE') as passives,
                   count(*) filter (where category = 'DETRACTOR') as detractors
            from response r where touchpoint = :touchpoint and answered_at >= :from and answered_at < :to and %s
            """.formatted(counting.responseCondition("r")))
        .param("touchpoint", touchpoint).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
        .query((rs, row) -> new NpsWindow(from, to,
            new Nps(rs.getLong("promoters"), rs.getLong("passives"), rs.getLong("detractors"))))
        .single();
  }
}
