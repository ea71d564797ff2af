package io.closedloop.praise;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The praise a user received, newest first, with the promoter's words as the response still holds them. */
@Component
@Transactional(readOnly = true)
public class ReceivedPraise {

  private final JdbcClient jdbc;

  ReceivedPraise(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** At most {@code limit} praises of the user. */
  public List<Praise> of(String userId, int limit) {
    return jdbc.sql("""
            select p.response_id, p.employee_code, p.praised_at, r.score, r.touchpoint, r.comment
            from praise p join response r on r.id = p.response_id
            where p.user_id = :user order by p.praised_at desc, p.id limit :limit
            """)
        .param("user", userId).param("limit", limit)
        .query((rs, row) -> new Praise(rs.getObject("response_id", UUID.class), rs.getString("employee_code"),
            rs.getTimestamp("praised_at").toInstant(), rs.getInt("score"), rs.getString("touchpoint"), rs.getString("comment")))
        .list();
  }

  /** How many praises the user received since {@code since}. */
  public long countSince(String userId, Instant since) {
    return jdbc.sql("select count(*) from praise where user_id = :user and praised_at >= :since")
        .param("user", userId).param("since", Timestamp.from(since)).query(Long.class).single();
  }

  /** One praise: the answer, the employee code it named, when, its score and touchpoint, and its words (null once erased). */
  public record Praise(UUID responseId, String employeeCode, Instant at, int score, String touchpoint, String comment) {}
}
