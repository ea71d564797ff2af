package io.closedloop.metrics;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The re-survey figures of the re-surveys sent in a period (UTC days), whenever they were answered:
 * read from the re-surveys ({@code re_survey}), their answers ({@code response}) and their cases
 * ({@code detractor_case}: the case's team for the scope, and whether calling back reached the
 * customer, {@code first_reached_at}).
 */
@Component
public class ReSurveyQueries {

  private final JdbcClient jdbc;

  ReSurveyQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public ReSurveyReport report(Period period, Scope scope) {
    TeamCondition teams = TeamCondition.of(scope, "coalesce(dc.team, '')");
    Map<Boolean, ReSurveyFigures> byReached = new HashMap<>();
    teams.bind(jdbc.sql("""
            select dc.first_reached_at is not null as reached, count(*) as sent, count(rs.answered_at) as answered,
                   count(*) filter (where r.category in ('PASSIVE', 'PROMOTER')) as now_passive_or_promoter
            from re_survey rs join detractor_case dc on dc.id = rs.case_id left join response r on r.id = rs.response_id
            where rs.sent_at >= :start and rs.sent_at < :end and %s
            group by 1
            """.formatted(teams.sql())))
        .param("start", Timestamp.from(period.start())).param("end", Timestamp.from(period.end()))
        .query(rs -> {
          byReached.put(rs.getBoolean("reached"),
              ReSurveyFigures.of(rs.getLong("sent"), rs.getLong("answered"), rs.getLong("now_passive_or_promoter")));
        });
    return ReSurveyReport.of(period, byReached.getOrDefault(true, ReSurveyFigures.NONE),
        byReached.getOrDefault(false, ReSurveyFigures.NONE));
  }
}
