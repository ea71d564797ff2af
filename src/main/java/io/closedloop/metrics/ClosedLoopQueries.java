package io.closedloop.metrics;

import io.closedloop.metrics.ClosedLoopFigures.Counts;
import io.closedloop.metrics.ClosedLoopFigures.Hours;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The closed-loop KPIs of the cases opened in a period, from one fact row per case ({@code case_fact}). */
@Component
public class ClosedLoopQueries {

  /** The conditions behind each count, shared with the drill-down lists. */
  static final String WITHIN_SLA = "first_reached_at is not null and (callback_due is null or first_reached_at <= callback_due)";
  static final String SLA_DUE = "(first_reached_at is not null or callback_due < :now)";
  static final String REACHED = "first_reached_at is not null";
  static final String CLOSED = "status in ('RESOLVED', 'UNREACHABLE')";
  static final String ESCALATED = "escalated";
  static final String UNREACHABLE = "status = 'UNREACHABLE'";
  static final String ANSWERED_AGAIN = "next_answer_at <= answered_at + interval '180 days'";
  static final String RECOVERED = ANSWERED_AGAIN + " and next_category in ('PASSIVE', 'PROMOTER')";

  private static final String FIGURES = """
      count(*) as opened,
      count(*) filter (where %s) as within_sla,
      count(*) filter (where %s) as sla_due,
      count(*) filter (where %s) as reached,
      count(*) filter (where %s) as closed,
      count(*) filter (where %s) as escalated,
      count(*) filter (where %s) as unreachable,
      count(*) filter (where %s) as answered_again,
      count(*) filter (where %s) as recovered,
      percentile_cont(array[0.5, 0.9]) within group (order by first_contact_hours) as first_contact,
      percentile_cont(array[0.5, 0.9]) within group (order by close_hours) as close
      """.formatted(WITHIN_SLA, SLA_DUE, REACHED, CLOSED, ESCALATED, UNREACHABLE, ANSWERED_AGAIN, RECOVERED);

  private final JdbcClient jdbc;
  private final Clock clock;

  ClosedLoopQueries(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * One pass over the period's case facts: the total and, when grouped, each group (grouping sets),
   * with enough sort memory that the percentiles of a year sort in memory.
   */
  @Transactional(readOnly = true)
  public Report<ClosedLoopFigures> report(Period period, GroupBy groupBy, Scope scope) {
    jdbc.sql("select set_config('work_mem', '64MB', true)").query(String.class).single();
    TeamCondition teams = TeamCondition.of(scope, "team");
    String key = groupBy == null ? null : groupBy == GroupBy.WEEK ? "date_trunc('week', day)::date::text"
        : groupBy == GroupBy.MONTH ? "date_trunc('month', day)::date::text" : groupBy.column();
    ClosedLoopFigures[] total = {ClosedLoopFigures.NONE};
    Map<String, ClosedLoopFigures> counted = new LinkedHashMap<>();
    teams.bind(jdbc.sql("select " + (key == null ? "null as key, 1 as is_total, " : key + " as key, grouping(" + key + ") as is_total, ")
            + FIGURES + " from case_fact where day between :from and :to and " + teams.sql()
            + (key == null ? "" : " group by grouping sets ((" + key + "), ()) order by 2 desc, 1")))
        .param("from", Date.valueOf(period.from())).param("to", Date.valueOf(period.to()))
        .param("now", Timestamp.from(clock.instant()))
        .query((ResultSet rs) -> {
          if (rs.getInt("is_total") == 1) {
            total[0] = figures(rs);
          } else {
            counted.put(rs.getString("key"), figures(rs));
          }
        });
    List<Group<ClosedLoopFigures>> groups = new ArrayList<>();
    if (groupBy != null && groupBy.isTime()) {
      for (LocalDate start : TimeBuckets.starts(groupBy, period)) {
        groups.add(new Group<>(TimeBuckets.keyOf(groupBy, start), counted.getOrDefault(start.toString(), ClosedLoopFigures.NONE)));
      }
    } else if (groupBy != null) {
      counted.forEach((code, figures) -> groups.add(new Group<>(code.isEmpty() ? null : code, figures)));
    }
    return new Report<>(period.from(), period.to(), total[0], groups);
  }

  private static ClosedLoopFigures figures(ResultSet rs) throws SQLException {
    Counts counts = new Counts(rs.getLong("opened"), rs.getLong("within_sla"), rs.getLong("sla_due"), rs.getLong("reached"),
        rs.getLong("closed"), rs.getLong("escalated"), rs.getLong("unreachable"), rs.getLong("answered_again"),
        rs.getLong("recovered"));
    return ClosedLoopFigures.of(counts, hours(rs.getArray("first_contact")), hours(rs.getArray("close")));
  }

  private static Hours hours(Array percentiles) throws SQLException {
    if (percentiles == null) {
      return Hours.NONE;
    }
    Double[] values = (Double[]) percentiles.getArray();
    return new Hours(Ratio.hours(values[0]), Ratio.hours(values[1]));
  }
}
