package io.closedloop.resurvey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code re_survey} table, with plain SQL, so that a link's single use is decided by the database. */
@Repository
class ReSurveyRecords {

  private final JdbcClient jdbc;

  ReSurveyRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(ReSurvey reSurvey) {
    jdbc.sql("""
            insert into re_survey (id, case_id, customer_id, language, sent_at, expires_at)
            values (:id, :caseId, :customerId, :language, :sentAt, :expiresAt)
            """)
        .param("id", reSurvey.id()).param("caseId", reSurvey.caseId()).param("customerId", reSurvey.customerId())
        .param("language", reSurvey.language()).param("sentAt", Timestamp.from(reSurvey.sentAt()))
        .param("expiresAt", Timestamp.from(reSurvey.expiresAt()))
        .update();
  }

  Optional<ReSurvey> find(UUID id) {
    return jdbc.sql("select * from re_survey where id = :id").param("id", id).query(ReSurveyRecords::reSurvey).optional();
  }

  Optional<ReSurvey> ofCase(UUID caseId) {
    return jdbc.sql("select * from re_survey where case_id = :caseId").param("caseId", caseId)
        .query(ReSurveyRecords::reSurvey).optional();
  }

  /** Marks the re-survey answered unless it was already; true when this call did. Locks the row until the transaction ends. */
  boolean claimAnswer(UUID id, Instant at) {
    return jdbc.sql("update re_survey set answered_at = :at where id = :id and answered_at is null")
        .param("at", Timestamp.from(at)).param("id", id).update() == 1;
  }

  void answeredWith(UUID id, UUID responseId) {
    jdbc.sql("update re_survey set response_id = :responseId where id = :id").param("responseId", responseId).param("id", id).update();
  }

  void followedUpBy(UUID id, UUID followUpCaseId) {
    jdbc.sql("update re_survey set follow_up_case_id = :caseId where id = :id").param("caseId", followUpCaseId).param("id", id).update();
  }

  private static ReSurvey reSurvey(ResultSet rs, int row) throws SQLException {
    return new ReSurvey(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getObject("customer_id", UUID.class),
        rs.getString("language"), instant(rs, "sent_at"), instant(rs, "expires_at"), instant(rs, "answered_at"),
        rs.getObject("response_id", UUID.class), rs.getObject("follow_up_case_id", UUID.class));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }
}
