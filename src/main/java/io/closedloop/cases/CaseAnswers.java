package io.closedloop.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every answer of a case, oldest first: the one that opened it and those that joined it later
 * ({@link JoiningOpenCase}). Pages ask it as {@code ${@caseAnswers.of(theCase.id)}}.
 */
@Component("caseAnswers")
@Transactional(readOnly = true)
public class CaseAnswers {

  private final JdbcClient jdbc;

  CaseAnswers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<CaseAnswer> of(UUID caseId) {
    return jdbc.sql("""
            select r.id, r.score, r.category, r.comment, r.touchpoint, r.answered_at, null as joined_at
            from detractor_case c join response r on r.id = c.response_id where c.id = :case
            union all
            select r.id, r.score, r.category, r.comment, r.touchpoint, r.answered_at, a.joined_at
            from case_answer a join response r on r.id = a.response_id where a.case_id = :case
            order by joined_at nulls first, answered_at, id
            """)
        .param("case", caseId)
        .query((rs, row) -> new CaseAnswer(rs.getObject("id", UUID.class), rs.getInt("score"), rs.getString("category"),
            rs.getString("comment"), rs.getString("touchpoint"), rs.getTimestamp("answered_at").toInstant(),
            rs.getTimestamp("joined_at") == null ? null : rs.getTimestamp("joined_at").toInstant()))
        .list();
  }

  /** One answer of a case; {@code joinedAt} null for the answer that opened it. */
  public record CaseAnswer(UUID responseId, int score, String category, String comment, String touchpoint, Instant answeredAt,
      Instant joinedAt) {}
}
