package io.closedloop.notifications.mail;

import io.closedloop.cases.NotifiedCases.NotifiedCase;
import io.closedloop.notifications.NotificationsSent;
import io.closedloop.notifications.mail.AlertMails.Alert;
import io.closedloop.outbox.Outbox;
import io.closedloop.shared.ReplayClock;
import io.closedloop.shared.TransactionScoped;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails each alarm, assignment, reminder, escalation and praise to the people notified, in the transaction that
 * notified them: at once (or when their working time next begins), into their digest, or not at all, as each
 * chose. One mail per event and person, even when a use case notifies a person twice about one event. Alerts of
 * replayed history (the demo sample's quarter) are not mailed.
 */
@Component
class MailingAlerts {

  static final Set<String> ALERTS = Set.of("ALARM", "ASSIGNED", "REMINDER", "ESCALATION", "PRAISE");

  private final AlertRecipients recipients;
  private final AlertMails mails;
  private final Outbox outbox;
  private final DigestItems digest;
  private final ReplayClock clock;

  MailingAlerts(AlertRecipients recipients, AlertMails mails, Outbox outbox, DigestItems digest, ReplayClock clock) {
    this.recipients = recipients;
    this.mails = mails;
    this.outbox = outbox;
    this.digest = digest;
    this.clock = clock;
  }

  @EventListener
  void on(NotificationsSent sent) {
    if (!ALERTS.contains(sent.type()) || clock.replaysHistory()) {
      return;
    }
    NotifiedCase[] about = new NotifiedCase[1];
    for (NotificationsSent.Sent each : sent.sent()) {
      if (firstInTransaction(each.recipient() + "|" + sent.caseId() + "|" + sent.type())) {
        recipients.mailable(each.recipient()).ifPresent(to -> {
          Alert alert = new Alert(each.notificationId(), sent.caseId(), sent.type(), sent.message(), sent.wording(), sent.at());
          if (about[0] == null) {
            about[0] = mails.about(alert);
          }
          mail(to, alert, about[0]);
        });
      }
    }
  }

  private void mail(Recipient to, Alert alert, NotifiedCase about) {
    QuietHours quietHours = to.quietHours();
    if (to.setting().mode() == AlertMailMode.DIGEST && !quietHours.goesAtAnyHour(alert.type())) {
      digest.add(new DigestItem(UUID.randomUUID(), to.userId(), alert.notificationId(), alert.caseId(), alert.type(), alert.message(),
          alert.wording(), alert.at(), quietHours.digestAt(alert.at())));
    } else {
      outbox.queue(mails.alert(to, alert, about, quietHours.sendAt(alert.type(), alert.at())));
    }
  }

  private static boolean firstInTransaction(String event) {
    return TransactionScoped.value(MailingAlerts.class, HashSet<String>::new).map(mailed -> mailed.add(event)).orElse(true);
  }
}
