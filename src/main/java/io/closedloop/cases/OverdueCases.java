package io.closedloop.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Open cases past the deadline of their phase, counted apart: not called back in time (call-back
 * phase) and not resolved in time once reached (resolution phase), for every team or some.
 */
@Component
public class OverdueCases {

  private final JdbcClient jdbc;
  private final Clock clock;

  OverdueCases(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** How many cases are overdue in each phase now. */
  public record Count(long callBack, long resolution) {}

  /** The overdue cases of {@code teams} (null: every team). */
  public Count now(List<String> teams) {
    if (teams != null && teams.isEmpty()) {
      return new Count(0, 0);
    }
    String ofTeams = teams == null ? "" : " and team in (:teams)";
    var query = jdbc.sql("""
            select count(*) filter (where first_reached_at is null and callback_due < :now) as call_back,
                   count(*) filter (where first_reached_at is not null and resolution_due < :now) as resolution
            from detractor_case where status in ('OPEN', 'IN_PROGRESS')""" + ofTeams)
        .param("now", Timestamp.from(clock.instant()));
    if (teams != null) {
      query = query.param("teams", teams);
    }
    return query.query((rs, row) -> new Count(rs.getLong("call_back"), rs.getLong("resolution"))).single();
  }
}
