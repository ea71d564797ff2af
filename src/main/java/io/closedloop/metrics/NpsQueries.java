package io.closedloop.metrics;

import io.closedloop.intake.NpsCounting;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The NPS of a period, in total and by one cut, read from the daily rollup {@code nps_daily} (kept by the
 * triggers of {@code R__metrics_read_models.sql}); answers to re-surveys only as {@link NpsCounting} says.
 */
@Component
public class NpsQueries {

  private final JdbcClient jdbc;
  private final NpsCounting counting;

  NpsQueries(JdbcClient jdbc, NpsCounting counting) {
    this.jdbc = jdbc;
    this.counting = counting;
  }

  public Report<NpsFigures> report(Period period, GroupBy groupBy, Scope scope) {
    NpsFigures total = total(period, scope);
    List<Group<NpsFigures>> groups = groupBy == null ? List.of()
        : groupBy.isTime() ? byTime(period, groupBy, scope) : byCode(period, groupBy, scope);
    return new Report<>(period.from(), period.to(), total, groups);
  }

  private NpsFigures total(Period period, Scope scope) {
    TeamCondition teams = TeamCondition.of(scope, "team");
    return teams.bind(jdbc.sql("""
            select coalesce(sum(promoters), 0) as promoters, coalesce(sum(passives), 0) as passives,
                   coalesce(sum(detractors), 0) as detractors
            from nps_daily where dim = 'total' and day between :from and :to and %s and %s
            """.formatted(teams.sql(), counting.rollupCondition())))
        .param("from", Date.valueOf(period.from())).param("to", Date.valueOf(period.to()))
        .query((rs, row) -> figures(rs)).single();
  }

  private List<Group<NpsFigures>> byCode(Period period, GroupBy groupBy, Scope scope) {
    TeamCondition teams = TeamCondition.of(scope, "team");
    return teams.bind(jdbc.sql("""
            select key, sum(promoters) as promoters, sum(passives) as passives, sum(detractors) as detractors
            from nps_daily where dim = :dim and day between :from and :to and %s and %s
            group by key having sum(responses) > 0 order by key
            """.formatted(teams.sql(), counting.rollupCondition())))
        .param("dim", groupBy.column())
        .param("from", Date.valueOf(period.from())).param("to", Date.valueOf(period.to()))
        .query((rs, row) -> new Group<>(rs.getString("key").isEmpty() ? null : rs.getString("key"), figures(rs)))
        .list();
  }

  private List<Group<NpsFigures>> byTime(Period period, GroupBy groupBy, Scope scope) {
    TeamCondition teams = TeamCondition.of(scope, "team");
    Map<LocalDate, NpsFigures> counted = new LinkedHashMap<>();
    teams.bind(jdbc.sql("""
            select date_trunc(:unit, day)::date as bucket, sum(promoters) as promoters, sum(passives) as passives,
                   sum(detractors) as detractors
            from nps_daily where dim = 'total' and day between :from and :to and %s and %s
            group by 1
            """.formatted(teams.sql(), counting.rollupCondition())))
        .param("unit", groupBy == GroupBy.WEEK ? "week" : "month")
        .param("from", Date.valueOf(period.from())).param("to", Date.valueOf(period.to()))
        .query((ResultSet rs) -> {
          counted.put(rs.getDate("bucket").toLocalDate(), figures(rs));
        });
    List<Group<NpsFigures>> groups = new ArrayList<>();
    for (LocalDate start : TimeBuckets.starts(groupBy, period)) {
      groups.add(new Group<>(TimeBuckets.keyOf(groupBy, start), counted.getOrDefault(start, NpsFigures.NONE)));
    }
    return groups;
  }

  private static NpsFigures figures(ResultSet rs) throws SQLException {
    return NpsFigures.of(rs.getLong("promoters"), rs.getLong("passives"), rs.getLong("detractors"));
  }
}
