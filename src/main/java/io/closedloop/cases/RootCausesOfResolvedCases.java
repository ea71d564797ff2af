package io.closedloop.cases;

import io.closedloop.ideas.ResolvedRootCauses;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts the root causes of resolved cases for the improvement cycle's agenda. */
@Component
class RootCausesOfResolvedCases implements ResolvedRootCauses {

  private final JdbcClient jdbc;

  RootCausesOfResolvedCases(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<RootCauseCount> mostFrequent(Instant since, int top) {
    return jdbc.sql("""
            select root_cause, count(*) as cases
            from detractor_case where status = 'RESOLVED' and root_cause is not null and closed_at >= :since
            group by root_cause order by count(*) desc, root_cause limit :top""")
        .param("since", Timestamp.from(since)).param("top", top)
        .query((rs, row) -> new RootCauseCount(rs.getString("root_cause"), rs.getInt("cases")))
        .list();
  }
}
