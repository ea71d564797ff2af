package io.closedloop.metrics;

import io.closedloop.intake.NpsCategory;
import io.closedloop.intake.NpsCounting;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The responses and cases behind a figure: the same period, scope, group and condition the figure counted. */
@Component
public class DrillDown {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final NpsCounting counting;

  DrillDown(JdbcClient jdbc, Clock clock, NpsCounting counting) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.counting = counting;
  }

  /** A response as listed behind an NPS figure, with its case and the case's team when it opened one. */
  public record ResponseRow(UUID id, Instant answeredAt, int score, NpsCategory category, String touchpoint, String team,
      String employee, String product, String country, String segment, String customer, String comment, UUID caseId,
      String caseTeam) {}

  /** A case as listed behind a closed-loop figure. */
  public record CaseRow(UUID id, Instant createdAt, String status, String owner, String team, String touchpoint,
      String employee, String product, String country, String segment, String customer, Instant callbackDue,
      Instant firstReachedAt, Instant closedAt, boolean escalated, String rootCause, Double firstContactHours,
      Double closeHours) {}

  public Page<ResponseRow> responses(Period period, GroupBy groupBy, String key, NpsCategory category, Scope scope, Pageable page) {
    if (groupBy == GroupBy.OWNER) {
      throw new io.closedloop.shared.InvalidInputException("groupBy", "owner applies to cases only");
    }
    Period within = groupBy != null && groupBy.isTime() && key != null ? TimeBuckets.bucket(groupBy, key, period) : period;
    TeamCondition teams = TeamCondition.of(scope, "coalesce(r.team, '')");
    Map<String, Object> params = new HashMap<>(teams.params());
    params.put("start", Timestamp.from(within.start()));
    params.put("end", Timestamp.from(within.end()));
    StringBuilder where = new StringBuilder("r.answered_at >= :start and r.answered_at < :end and ").append(teams.sql())
        .append(" and ").append(counting.responseCondition("r"));
    if (groupBy != null && !groupBy.isTime() && key != null) {
      where.append(" and coalesce(r.").append(groupBy.column()).append(", '') = :key");
      params.put("key", key);
    }
    if (category != null) {
      where.append(" and r.category = :category");
      params.put("category", category.name());
    }
    long total = jdbc.sql("select count(*) from response r where " + where).params(params).query(Long.class).single();
    List<ResponseRow> rows = jdbc.sql("""
            select r.id, r.answered_at, r.score, r.category, r.touchpoint, r.team, r.employee, r.product, r.country,
                   r.segment, c.name as customer, r.comment, dc.id as case_id, dc.team as case_team
            from response r join customer c on c.id = r.customer_id left join detractor_case dc on dc.response_id = r.id
            where %s order by r.answered_at desc, r.id limit :limit offset :offset
            """.formatted(where))
        .params(params).param("limit", page.getPageSize()).param("offset", page.getOffset())
        .query((rs, row) -> responseRow(rs)).list();
    return new PageImpl<>(rows, page, total);
  }

  public Page<CaseRow> cases(Period period, GroupBy groupBy, String key, CaseFigure figure, String rootCause, Scope scope,
      Pageable page) {
    Period within = groupBy != null && groupBy.isTime() && key != null ? TimeBuckets.bucket(groupBy, key, period) : period;
    TeamCondition teams = TeamCondition.of(scope, "f.team");
    Map<String, Object> params = new HashMap<>(teams.params());
    params.put("from", Date.valueOf(within.from()));
    params.put("to", Date.valueOf(within.to()));
    params.put("now", Timestamp.from(clock.instant()));
    StringBuilder where = new StringBuilder("f.day between :from and :to and ").append(teams.sql())
        .append(" and (").append((figure == null ? CaseFigure.OPENED : figure).condition()).append(")");
    if (groupBy != null && !groupBy.isTime() && key != null) {
      where.append(" and f.").append(groupBy.column()).append(" = :key");
      params.put("key", key);
    }
    if (rootCause != null && !rootCause.isBlank()) {
      where.append(" and f.root_cause = :rootCause");
      params.put("rootCause", rootCause);
    }
    long total = jdbc.sql("select count(*) from case_fact f where " + where).params(params).query(Long.class).single();
    List<CaseRow> rows = jdbc.sql("""
            select f.*, c.name as customer from case_fact f join customer c on c.id = f.customer_id
            where %s order by f.created_at desc, f.case_id limit :limit offset :offset
            """.formatted(where))
        .params(params).param("limit", page.getPageSize()).param("offset", page.getOffset())
        .query((rs, row) -> caseRow(rs)).list();
    return new PageImpl<>(rows, page, total);
  }

  private static ResponseRow responseRow(ResultSet rs) throws SQLException {
    return new ResponseRow(rs.getObject("id", UUID.class), rs.getTimestamp("answered_at").toInstant(), rs.getInt("score"),
        NpsCategory.valueOf(rs.getString("category")), rs.getString("touchpoint"), rs.getString("team"),
        rs.getString("employee"), rs.getString("product"), rs.getString("country"), rs.getString("segment"),
        rs.getString("customer"), rs.getString("comment"), rs.getObject("case_id", UUID.class), rs.getString("case_team"));
  }

  private static CaseRow caseRow(ResultSet rs) throws SQLException {
    return new CaseRow(rs.getObject("case_id", UUID.class), instant(rs, "created_at"), rs.getString("status"),
        blankToNull(rs.getString("owner")), blankToNull(rs.getString("team")), blankToNull(rs.getString("touchpoint")),
        blankToNull(rs.getString("employee")), blankToNull(rs.getString("product")), blankToNull(rs.getString("country")),
        blankToNull(rs.getString("segment")), rs.getString("customer"), instant(rs, "callback_due"),
        instant(rs, "first_reached_at"), instant(rs, "closed_at"), rs.getBoolean("escalated"), rs.getString("root_cause"),
        (Double) rs.getObject("first_contact_hours"), (Double) rs.getObject("close_hours"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  private static String blankToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
