package io.closedloop.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the outbox: the admins' list of messages, a webhook endpoint's delivery log, a message with its attempts. */
@Service
@Transactional(readOnly = true)
public class OutboxQueries {

  private final JdbcClient jdbc;
  private final OutboxRecords records;
  private final MailTransport mail;

  OutboxQueries(JdbcClient jdbc, OutboxRecords records, MailTransport mail) {
    this.jdbc = jdbc;
    this.records = records;
    this.mail = mail;
  }

  /** Whether mail leaves for an SMTP server; without one it is kept here for admins to read. */
  public boolean mailIsSent() {
    return mail.isConfigured();
  }

  /** Messages of a channel, newest first, optionally only of one status or one webhook endpoint. */
  public Page<OutboxMessage> messages(Channel channel, MessageStatus status, UUID endpointId, Pageable page) {
    String where = "channel = :channel"
        + (status == null ? "" : " and status = :status")
        + (endpointId == null ? "" : " and endpoint_id = :endpoint");
    JdbcClient.StatementSpec count = jdbc.sql("select count(*) from outbox_message where " + where);
    JdbcClient.StatementSpec rows = jdbc.sql("select * from outbox_message where " + where
        + " order by created_at desc, id limit :limit offset :offset");
    for (JdbcClient.StatementSpec spec : List.of(count, rows)) {
      spec.param("channel", channel.name());
      if (status != null) {
        spec.param("status", status.name());
      }
      if (endpointId != null) {
        spec.param("endpoint", endpointId);
      }
    }
    long total = count.query(Long.class).single();
    List<OutboxMessage> content = rows.param("limit", page.getPageSize()).param("offset", page.getOffset())
        .query(OutboxRecords::message).list();
    return new PageImpl<>(content, page, total);
  }

  public Optional<OutboxMessage> message(UUID id) {
    return records.find(id);
  }

  /** Every attempt to send a message, oldest first. */
  public List<AttemptView> attempts(UUID messageId) {
    return jdbc.sql("select at, succeeded, status_code, error from outbox_attempt where message_id = :id order by at, id")
        .param("id", messageId)
        .query((rs, row) -> new AttemptView(rs.getTimestamp("at").toInstant(), rs.getBoolean("succeeded"),
            (Integer) rs.getObject("status_code"), rs.getString("error")))
        .list();
  }

  /** One attempt to send a message. */
  public record AttemptView(Instant at, boolean succeeded, Integer statusCode, String error) {}
}
