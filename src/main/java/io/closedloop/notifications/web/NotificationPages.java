package io.closedloop.notifications.web;

import io.closedloop.notifications.Notifications;
import io.closedloop.web.WebPage;
import java.security.Principal;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The notification bell of every page: the unread count, the latest notifications, marking them read (htmx fragments). */
@Controller
@WebPage
@RequestMapping("/notifications")
class NotificationPages {

  private static final int SHOWN = 15;

  private final Notifications notifications;

  NotificationPages(Notifications notifications) {
    this.notifications = notifications;
  }

  @GetMapping("/count")
  String count(Principal user, Model model) {
    model.addAttribute("unread", notifications.unreadCount(user.getName()));
    return "notifications/bell :: count";
  }

  @GetMapping("/panel")
  String panel(Principal user, Model model) {
    model.addAttribute("notifications", notifications.of(user.getName(), false, PageRequest.of(0, SHOWN)).getContent());
    model.addAttribute("unread", notifications.unreadCount(user.getName()));
    return "notifications/bell :: panel";
  }

  @PostMapping("/{id}/read")
  String markRead(Principal user, @PathVariable UUID id, Model model) {
    notifications.markRead(user.getName(), id);
    return panel(user, model);
  }

  @PostMapping("/read-all")
  String markAllRead(Principal user, Model model) {
    notifications.markAllRead(user.getName());
    return panel(user, model);
  }
}
