package io.closedloop.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox's rows: queued, claimed by a worker, and marked with each attempt's result. */
@Repository
class OutboxRecords {

  private static final String COLUMNS = """
      id, channel, topic, case_id, customer_id, recipient_user, recipient, endpoint_id, subject, body, content_type,
      unsubscribe_url, status, attempts, not_before, give_up_at, last_error, created_at, sent_at
      """;

  private final JdbcClient jdbc;

  OutboxRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(OutboxMessage message) {
    jdbc.sql("""
            insert into outbox_message (id, channel, topic, case_id, customer_id, recipient_user, recipient, endpoint_id,
              subject, body, content_type, unsubscribe_url, status, attempts, not_before, give_up_at, created_at)
            values (:id, :channel, :topic, :caseId, :customerId, :recipientUser, :recipient, :endpointId,
              :subject, :body, :contentType, :unsubscribeUrl, 'QUEUED', 0, :notBefore, :giveUpAt, :createdAt)
            """)
        .param("id", message.id()).param("channel", message.channel().name()).param("topic", message.topic())
        .param("caseId", message.caseId()).param("customerId", message.customerId())
        .param("recipientUser", message.recipientUser()).param("recipient", message.recipient())
        .param("endpointId", message.endpointId()).param("subject", message.subject()).param("body", message.body())
        .param("contentType", message.contentType()).param("unsubscribeUrl", message.unsubscribeUrl())
        .param("notBefore", Timestamp.from(message.notBefore())).param("giveUpAt", Timestamp.from(message.giveUpAt()))
        .param("createdAt", Timestamp.from(message.createdAt()))
        .update();
  }

  /** Takes up to {@code limit} due messages for this worker until {@code lockedUntil}; another worker skips them. */
  List<OutboxMessage> claimDue(Instant now, Instant lockedUntil, int limit) {
    return jdbc.sql("""
            update outbox_message set locked_until = :lockedUntil, attempts = attempts + 1
            where id in (select id from outbox_message
                         where status = 'QUEUED' and not_before <= :now and (locked_until is null or locked_until < :now)
                         order by not_before limit :limit for update skip locked)
            returning %s
            """.formatted(COLUMNS))
        .param("now", Timestamp.from(now)).param("lockedUntil", Timestamp.from(lockedUntil)).param("limit", limit)
        .query(OutboxRecords::message).list();
  }

  void markFinal(UUID id, MessageStatus status, Instant at, String error) {
    jdbc.sql("""
            update outbox_message set status = :status, locked_until = null, last_error = :error,
              sent_at = case when :status = 'SENT' then :at else sent_at end
            where id = :id
            """)
        .param("id", id).param("status", status.name()).param("at", Timestamp.from(at)).param("error", error).update();
  }

  void markRetry(UUID id, Instant retryAt, String error) {
    jdbc.sql("update outbox_message set locked_until = null, not_before = :retryAt, last_error = :error where id = :id")
        .param("id", id).param("retryAt", Timestamp.from(retryAt)).param("error", error).update();
  }

  void recordAttempt(UUID id, Instant at, boolean succeeded, Integer statusCode, String error) {
    jdbc.sql("insert into outbox_attempt (message_id, at, succeeded, status_code, error) values (:id, :at, :ok, :code, :error)")
        .param("id", id).param("at", Timestamp.from(at)).param("ok", succeeded).param("code", statusCode)
        .param("error", error).update();
  }

  /** Queues a sent or failed message again under the same id, to be sent at once, with a fresh day of retries. */
  boolean requeue(UUID id, Instant now, Instant giveUpAt) {
    return jdbc.sql("""
            update outbox_message set status = 'QUEUED', not_before = :now, give_up_at = :giveUpAt, locked_until = null
            where id = :id and status in ('SENT', 'FAILED') and body is not null
            """)
        .param("id", id).param("now", Timestamp.from(now)).param("giveUpAt", Timestamp.from(giveUpAt)).update() == 1;
  }

  Optional<OutboxMessage> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from outbox_message where id = :id").param("id", id)
        .query(OutboxRecords::message).optional();
  }

  static OutboxMessage message(ResultSet rs, int row) throws SQLException {
    Timestamp sentAt = rs.getTimestamp("sent_at");
    return new OutboxMessage(rs.getObject("id", UUID.class), Channel.valueOf(rs.getString("channel")),
        rs.getString("topic"), rs.getObject("case_id", UUID.class), rs.getObject("customer_id", UUID.class),
        rs.getString("recipient_user"), rs.getString("recipient"), rs.getObject("endpoint_id", UUID.class),
        rs.getString("subject"), rs.getString("body"), rs.getString("content_type"), rs.getString("unsubscribe_url"),
        MessageStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getTimestamp("not_before").toInstant(),
        rs.getTimestamp("give_up_at").toInstant(), rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
        sentAt == null ? null : sentAt.toInstant());
  }
}
