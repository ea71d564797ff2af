package io.closedloop.notifications;

/**
 * Notifications of one kind about one case, as the bell shows them: the newest, how many there
 * are, and how many of them are unread. A notification about no case is a group of its own.
 */
public record NotificationGroup(Notification latest, int count, int unread) {

  public boolean isUnread() {
    return unread > 0;
  }
}
