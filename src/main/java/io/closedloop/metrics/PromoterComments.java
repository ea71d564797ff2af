package io.closedloop.metrics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What promoters said lately, newest first: the praise the wall screen shows (the comment, never who wrote it),
 * and the employee it praises when routing sent it to one (praise's table {@code praise}).
 */
@Component
public class PromoterComments {

  private final JdbcClient jdbc;

  PromoterComments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A promoter's comment: what they said, when, about which touchpoint, and the employee code it praised (or null). */
  public record Praise(String comment, Instant answeredAt, String touchpoint, String praisedEmployee) {}

  /** At most {@code limit} comments of promoters who answered at or after {@code since}. */
  public List<Praise> latest(Instant since, int limit) {
    return jdbc.sql("""
            select r.comment, r.answered_at, r.touchpoint, p.employee_code from response r left join praise p on p.response_id = r.id
            where r.answered_at >= :since and r.category = 'PROMOTER' and r.comment is not null and btrim(r.comment) <> ''
            order by r.answered_at desc, r.id limit :limit
            """)
        .param("since", Timestamp.from(since)).param("limit", limit)
        .query((rs, row) -> new Praise(rs.getString("comment"), rs.getTimestamp("answered_at").toInstant(), rs.getString("touchpoint"),
            rs.getString("employee_code")))
        .list();
  }
}
