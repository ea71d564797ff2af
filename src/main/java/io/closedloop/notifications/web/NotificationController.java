package io.closedloop.notifications.web;

import io.closedloop.notifications.Notification;
import io.closedloop.notifications.Notifications;
import io.closedloop.shared.SortableProperties;
import java.security.Principal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The current user's notifications: list, unread count, mark read. */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

  private static final SortableProperties SORTABLE = SortableProperties.of("createdAt", "readAt", "type");

  private final Notifications notifications;

  NotificationController(Notifications notifications) {
    this.notifications = notifications;
  }

  @GetMapping
  PagedModel<NotificationBody> mine(Principal user, @RequestParam(defaultValue = "false") boolean unread, Pageable pageable) {
    SORTABLE.check(pageable.getSort());
    return new PagedModel<>(notifications.of(user.getName(), unread, pageable).map(NotificationBody::of));
  }

  @GetMapping("/unread-count")
  Map<String, Long> unreadCount(Principal user) {
    return Map.of("unread", notifications.unreadCount(user.getName()));
  }

  @PostMapping("/{id}/read")
  ResponseEntity<Void> markRead(Principal user, @PathVariable UUID id) {
    notifications.markRead(user.getName(), id);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/read-all")
  Map<String, Integer> markAllRead(Principal user) {
    return Map.of("marked", notifications.markAllRead(user.getName()));
  }

  /** A notification as the API shows it. */
  record NotificationBody(UUID id, String type, String message, UUID caseId, Instant createdAt, boolean read) {
    static NotificationBody of(Notification notification) {
      return new NotificationBody(notification.getId(), notification.getType(), notification.getMessage(),
          notification.getCaseId(), notification.getCreatedAt(), notification.isRead());
    }
  }
}
