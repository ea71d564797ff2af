package io.closedloop.notifications;

import io.closedloop.shared.Wording;
import io.closedloop.shared.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends in-app notifications and lets each person read theirs. */
@Service
public class Notifications {

  private final NotificationRepository notifications;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Notifications(NotificationRepository notifications, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
    this.notifications = notifications;
    this.jdbc = jdbc;
    this.events = events;
    this.clock = clock;
  }

  /** Sends one message to each recipient (duplicates and nulls skipped), shown as it is in every language. */
  @Transactional
  public void send(Collection<String> recipients, UUID caseId, String type, String message) {
    send(recipients, caseId, type, message, null);
  }

  /**
   * Sends one message to each recipient (duplicates and nulls skipped): in English for the API, worded for pages in each
   * reader's language. Announces them with {@link NotificationsSent} in this transaction.
   */
  @Transactional
  public void send(Collection<String> recipients, UUID caseId, String type, String message, Wording wording) {
    Instant now = clock.instant();
    List<NotificationsSent.Sent> sent = new ArrayList<>();
    for (String recipient : new LinkedHashSet<>(recipients)) {
      if (recipient != null) {
        Notification notification = notifications.save(new Notification(recipient, caseId, type, message, wording, now));
        sent.add(new NotificationsSent.Sent(recipient, notification.getId()));
      }
    }
    if (!sent.isEmpty()) {
      events.publishEvent(new NotificationsSent(caseId, type, message, wording, now, sent));
    }
  }

  @Transactional(readOnly = true)
  public Page<Notification> of(String recipient, boolean unreadOnly, Pageable pageable) {
    return unreadOnly
        ? notifications.findByRecipientAndReadAtIsNullOrderByCreatedAtDesc(recipient, pageable)
        : notifications.findByRecipientOrderByCreatedAtDesc(recipient, pageable);
  }

  @Transactional(readOnly = true)
  public long unreadCount(String recipient) {
    return notifications.countByRecipientAndReadAtIsNull(recipient);
  }

  /** A person's newest groups of notifications, newest first (at most {@code limit}). */
  @Transactional(readOnly = true)
  public List<NotificationGroup> groupsOf(String recipient, int limit) {
    // a group: the same kind of notification about the same case; one about no case stands alone
    List<GroupRow> rows = jdbc.sql("""
            select (array_agg(id order by created_at desc, id))[1] as latest, count(*) as total,
                   count(*) filter (where read_at is null) as unread
            from notification where recipient = :recipient
            group by coalesce(case_id, id), type
            order by max(created_at) desc limit :limit
            """)
        .param("recipient", recipient).param("limit", limit)
        .query((rs, row) -> new GroupRow(rs.getObject("latest", UUID.class), rs.getInt("total"), rs.getInt("unread")))
        .list();
    Map<UUID, Notification> latest = notifications.findAllById(rows.stream().map(GroupRow::latest).toList()).stream()
        .collect(Collectors.toMap(Notification::getId, Function.identity()));
    return rows.stream().map(row -> new NotificationGroup(latest.get(row.latest()), row.total(), row.unread())).toList();
  }

  /** How many groups of a person's notifications hold an unread one. */
  @Transactional(readOnly = true)
  public long unreadGroups(String recipient) {
    return jdbc.sql("select count(distinct (coalesce(case_id, id), type)) from notification where recipient = :recipient and read_at is null")
        .param("recipient", recipient).query(Long.class).single();
  }

  @Transactional
  public void markRead(String recipient, UUID id) {
    notifications.findByIdAndRecipient(id, recipient)
        .orElseThrow(() -> new NotFoundException("No notification " + id))
        .markRead(clock.instant());
  }

  /** Marks a notification read with the others of its group (same kind, same case); answers it. */
  @Transactional
  public Notification markGroupRead(String recipient, UUID id) {
    Notification opened = notifications.findByIdAndRecipient(id, recipient).orElseThrow(() -> new NotFoundException("No notification " + id));
    opened.markRead(clock.instant());
    if (opened.getCaseId() != null) {
      jdbc.sql("""
              update notification set read_at = :at
              where recipient = :recipient and case_id = :caseId and type = :type and read_at is null
              """)
          .param("at", Timestamp.from(clock.instant())).param("recipient", recipient).param("caseId", opened.getCaseId())
          .param("type", opened.getType()).update();
    }
    return opened;
  }

  @Transactional
  public int markAllRead(String recipient) {
    return notifications.markAllRead(recipient, clock.instant());
  }

  private record GroupRow(UUID latest, int total, int unread) {}
}
