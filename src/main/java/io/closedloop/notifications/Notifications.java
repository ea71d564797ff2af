package io.closedloop.notifications;

import io.closedloop.shared.NotFoundException;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends in-app notifications and lets each person read theirs. */
@Service
public class Notifications {

  private final NotificationRepository notifications;
  private final Clock clock;

  Notifications(NotificationRepository notifications, Clock clock) {
    this.notifications = notifications;
    this.clock = clock;
  }

  /** Sends one message to each recipient (duplicates and nulls skipped). */
  @Transactional
  public void send(Collection<String> recipients, UUID caseId, String type, String message) {
    for (String recipient : new LinkedHashSet<>(recipients)) {
      if (recipient != null) {
        notifications.save(new Notification(recipient, caseId, type, message, clock.instant()));
      }
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

  @Transactional
  public void markRead(String recipient, UUID id) {
    notifications.findByIdAndRecipient(id, recipient)
        .orElseThrow(() -> new NotFoundException("No notification " + id))
        .markRead(clock.instant());
  }

  @Transactional
  public int markAllRead(String recipient) {
    return notifications.markAllRead(recipient, clock.instant());
  }
}
