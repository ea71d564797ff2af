package io.closedloop.notifications.mail;

import io.closedloop.shared.Wording;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The alerts waiting for digests, and the claim of one person's due ones that holds when several nodes send. */
@Repository
class DigestItems {

  private final JdbcClient jdbc;

  DigestItems(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void add(DigestItem item) {
    jdbc.sql("""
            insert into alert_digest_item (id, user_id, notification_id, case_id, type, message, message_key, message_args,
              created_at, due_at)
            values (:id, :user, :notification, :caseId, :type, :message, :key, :args, :createdAt, :dueAt)
            """)
        .param("id", item.id()).param("user", item.userId()).param("notification", item.notificationId())
        .param("caseId", item.caseId()).param("type", item.type()).param("message", item.message())
        .param("key", item.wording() == null ? null : item.wording().key())
        .param("args", item.wording() == null ? null : item.wording().stored())
        .param("createdAt", Timestamp.from(item.createdAt())).param("dueAt", Timestamp.from(item.dueAt()))
        .update();
  }

  /**
   * A person with a digest due at {@code now}, held for this transaction (a transaction-scoped advisory lock on the
   * person), so that no other node takes them until it ends; empty when nobody's digest is due or every due one is held.
   */
  Optional<String> holdNextDue(Instant now) {
    return jdbc.sql("""
            select user_id from (select user_id from alert_digest_item where due_at <= :now
                                 group by user_id order by min(due_at), user_id) due
            where pg_try_advisory_xact_lock(hashtext('alert_digest_item'), hashtext(user_id))
            limit 1
            """)
        .param("now", Timestamp.from(now)).query(String.class).optional();
  }

  /** Takes (deletes) a person's items due at {@code now}, oldest first. */
  List<DigestItem> takeDue(String userId, Instant now) {
    return jdbc.sql("delete from alert_digest_item where user_id = :user and due_at <= :now returning *")
        .param("user", userId).param("now", Timestamp.from(now)).query(DigestItems::item).list().stream()
        .sorted(Comparator.comparing(DigestItem::createdAt).thenComparing(DigestItem::id)).toList();
  }

  private static DigestItem item(ResultSet rs, int row) throws SQLException {
    String key = rs.getString("message_key");
    Array args = rs.getArray("message_args");
    Wording wording = key == null ? null : Wording.parse(key, args == null ? null : (String[]) args.getArray());
    return new DigestItem(rs.getObject("id", UUID.class), rs.getString("user_id"), rs.getObject("notification_id", UUID.class),
        rs.getObject("case_id", UUID.class), rs.getString("type"), rs.getString("message"), wording,
        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("due_at").toInstant());
  }
}
