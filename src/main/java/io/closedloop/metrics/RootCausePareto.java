package io.closedloop.metrics;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The root causes of the cases opened in a period and resolved with one, most frequent first, with cumulative shares. */
@Component
public class RootCausePareto {

  private final JdbcClient jdbc;

  RootCausePareto(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One root cause: its leaf code and label, the label of its category, its cases and shares of all causes. */
  public record Cause(String code, String label, String category, long cases, BigDecimal share, BigDecimal cumulativeShare) {}

  /** The period, the cases with a root cause, and the causes. */
  public record Pareto(LocalDate from, LocalDate to, long cases, List<Cause> causes) {}

  public Pareto of(Period period, Scope scope) {
    TeamCondition teams = TeamCondition.of(scope, "f.team");
    List<Object[]> counted = teams.bind(jdbc.sql("""
            select f.root_cause, coalesce(rc.label, f.root_cause) as label, parent.label as category, count(*) as cases
            from case_fact f
            left join root_cause rc on rc.code = f.root_cause
            left join root_cause parent on parent.code = rc.parent_code
            where f.day between :from and :to and f.root_cause is not null and %s
            group by f.root_cause, rc.label, parent.label
            order by cases desc, f.root_cause
            """.formatted(teams.sql())))
        .param("from", Date.valueOf(period.from())).param("to", Date.valueOf(period.to()))
        .query((rs, row) -> new Object[] {rs.getString("root_cause"), rs.getString("label"), rs.getString("category"), rs.getLong("cases")})
        .list();
    long total = counted.stream().mapToLong(cause -> (Long) cause[3]).sum();
    List<Cause> causes = new ArrayList<>();
    long running = 0;
    for (Object[] cause : counted) {
      long cases = (Long) cause[3];
      running += cases;
      causes.add(new Cause((String) cause[0], (String) cause[1], (String) cause[2], cases, Ratio.of(cases, total), Ratio.of(running, total)));
    }
    return new Pareto(period.from(), period.to(), total, causes);
  }
}
