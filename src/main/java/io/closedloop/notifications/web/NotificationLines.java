package io.closedloop.notifications.web;

import io.closedloop.cases.NotifiedCases;
import io.closedloop.cases.NotifiedCases.NotifiedCase;
import io.closedloop.notifications.Notification;
import io.closedloop.notifications.NotificationGroup;
import io.closedloop.shared.Wording;
import io.closedloop.web.Labels;
import io.closedloop.web.Moments;
import io.closedloop.web.Wordings;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Words groups of notifications for the bell in its reader's language, naming each one's customer and case. */
@Component
class NotificationLines {

  private final NotifiedCases cases;
  private final MessageSource messages;
  private final Labels labels;
  private final Moments moments;
  private final Wordings wordings;

  NotificationLines(NotifiedCases cases, MessageSource messages, Labels labels, Moments moments, Wordings wordings) {
    this.cases = cases;
    this.messages = messages;
    this.labels = labels;
    this.moments = moments;
    this.wordings = wordings;
  }

  List<NotificationLine> of(List<NotificationGroup> groups) {
    Map<UUID, NotifiedCase> described = cases.describe(groups.stream().map(group -> group.latest().getCaseId())
        .filter(Objects::nonNull).distinct().toList());
    return groups.stream().map(group -> line(group, described.get(group.latest().getCaseId()))).toList();
  }

  private NotificationLine line(NotificationGroup group, NotifiedCase about) {
    Notification latest = group.latest();
    String text = latest.wording().map(this::worded).orElse(latest.getMessage());
    return new NotificationLine(latest.getId(), about == null ? null : about.customer(), about == null ? null : caseName(about), text,
        group.count(), group.isUnread(), latest.getCreatedAt());
  }

  private String caseName(NotifiedCase about) {
    return message("notifications.case", moments.date(about.openedAt()), labels.code("TOUCHPOINT", about.touchpoint()), about.score());
  }

  private String worded(Wording wording) {
    return message("notifications.text." + wording.key(), wordings.arguments(wording, id -> id));
  }

  private String message(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }

  /**
   * One group of notifications as the bell shows it.
   *
   * @param id the newest notification of the group, which opening marks read with the others
   * @param customer the customer of its case, or {@code null} when it is about no case
   * @param caseName which of the customer's cases, or {@code null}
   * @param text what it says
   * @param count how many notifications the group holds
   * @param unread whether one of them is unread
   * @param at when the newest came
   */
  record NotificationLine(UUID id, String customer, String caseName, String text, int count, boolean unread, Instant at) {

    public boolean aboutACase() {
      return customer != null;
    }
  }
}
