package io.closedloop.notifications.web;

import io.closedloop.notifications.Notification;
import io.closedloop.notifications.Notifications;
import io.closedloop.web.WebPage;
import java.security.Principal;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The notification bell of every page: how many groups of notifications are unread, the newest
 * groups (the same kind about the same case counts once), opening one (which marks it read and
 * goes to its case, with or without script), marking all read (htmx fragments).
 */
@Controller
@WebPage
@RequestMapping("/notifications")
class NotificationPages {

  private static final int SHOWN = 15;
  /** Praise is about no case: opening it shows the praise on the reader's own page. */
  private static final String PRAISE = "PRAISE";

  private final Notifications notifications;
  private final NotificationLines lines;

  NotificationPages(Notifications notifications, NotificationLines lines) {
    this.notifications = notifications;
    this.lines = lines;
  }

  @GetMapping("/count")
  String count(Principal user, Model model) {
    model.addAttribute("unread", notifications.unreadGroups(user.getName()));
    return "notifications/bell :: count";
  }

  @GetMapping("/panel")
  String panel(Principal user, Model model) {
    model.addAttribute("notifications", lines.of(notifications.groupsOf(user.getName(), SHOWN)));
    model.addAttribute("unread", notifications.unreadGroups(user.getName()));
    return "notifications/bell :: panel";
  }

  /** A link, so it works without script and opens in a new tab too: marking read is all it changes. */
  @GetMapping("/{id}/open")
  String open(Principal user, @PathVariable UUID id) {
    Notification opened = notifications.markGroupRead(user.getName(), id);
    if (opened.getCaseId() != null) {
      return "redirect:/cases/" + opened.getCaseId();
    }
    return PRAISE.equals(opened.getType()) ? "redirect:/me" : "redirect:/";
  }

  @PostMapping("/{id}/read")
  String markRead(Principal user, @PathVariable UUID id, Model model) {
    notifications.markGroupRead(user.getName(), id);
    return panel(user, model);
  }

  @PostMapping("/read-all")
  String markAllRead(Principal user, Model model) {
    notifications.markAllRead(user.getName());
    return panel(user, model);
  }
}
