package io.closedloop.metrics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What promoters said lately, newest first: the praise the wall screen shows (the comment, never who wrote it). */
@Component
public class PromoterComments {

  private final JdbcClient jdbc;

  PromoterComments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A promoter's comment: what they said, when, and about which touchpoint. */
  public record Praise(String comment, Instant answeredAt, String touchpoint) {}

  /** At most {@code limit} comments of promoters who answered at or after {@code since}. */
  public List<Praise> latest(Instant since, int limit) {
    return jdbc.sql("""
            select comment, answered_at, touchpoint from response
            where answered_at >= :since and category = 'PROMOTER' and comment is not null and btrim(comment) <> ''
            order by answered_at desc, id limit :limit
            """)
        .param("since", Timestamp.from(since)).param("limit", limit)
        .query((rs, row) -> new Praise(rs.getString("comment"), rs.getTimestamp("answered_at").toInstant(), rs.getString("touchpoint")))
        .list();
  }
}
