package io.closedloop.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores responses with plain SQL, so that uniqueness is decided by the database. */
@Repository
class ResponseStore {

  private final JdbcClient jdbc;

  ResponseStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts the response unless its external id is taken; true when this call stored it. */
  boolean insert(UUID id, NewResponse response, UUID customerId, Instant receivedAt) {
    Instant answeredAt = response.answeredAt() == null ? receivedAt : response.answeredAt();
    return jdbc.sql("""
            insert into response (id, external_id, score, category, comment, answered_at, received_at, touchpoint, team,
                                  employee, product, country, language, customer_id, content_hash)
            values (:id, :externalId, :score, :category, :comment, :answeredAt, :receivedAt, :touchpoint, :team,
                    :employee, :product, :country, :language, :customerId, :hash)
            on conflict (external_id) do nothing
            """)
        .param("id", id)
        .param("externalId", response.externalId())
        .param("score", response.score())
        .param("category", response.category().name())
        .param("comment", response.comment())
        .param("answeredAt", Timestamp.from(answeredAt))
        .param("receivedAt", Timestamp.from(receivedAt))
        .param("touchpoint", response.touchpoint())
        .param("team", response.team())
        .param("employee", response.employee())
        .param("product", response.product())
        .param("country", response.country())
        .param("language", response.language())
        .param("customerId", customerId)
        .param("hash", response.fingerprint())
        .update() == 1;
  }

  /** The response stored under an external id ({@code :responseExternalId}), as {@link #stored(ResultSet)} reads it. */
  static final String STORED_BY_EXTERNAL_ID = """
      select r.id, r.category, r.content_hash, coalesce(c.id, a.case_id) as case_id
      from response r left join detractor_case c on c.response_id = r.id left join case_answer a on a.response_id = r.id
      where r.external_id = :responseExternalId
      """;

  Optional<StoredResponse> findByExternalId(String externalId) {
    return jdbc.sql(STORED_BY_EXTERNAL_ID)
        .param("responseExternalId", externalId)
        .query((rs, row) -> stored(rs))
        .optional();
  }

  /** The response of a row of {@link #STORED_BY_EXTERNAL_ID}, or null when the row has none. */
  static StoredResponse stored(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    if (id == null) {
      return null;
    }
    return new StoredResponse(id, NpsCategory.valueOf(rs.getString("category")), rs.getString("content_hash"),
        rs.getObject("case_id", UUID.class));
  }

  /** A response as stored, enough to answer a repeat. */
  record StoredResponse(UUID id, NpsCategory category, String fingerprint, UUID caseId) {}
}
