package io.closedloop.notifications.mail;

import io.closedloop.notifications.mail.AlertMails.Alert;
import io.closedloop.outbox.Outbox;
import io.closedloop.shared.DatabaseOutage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the digests that are due: every {@code closedloop.alert-mail.digest-poll-every} (a minute), for each
 * person whose working day has begun, one mail listing their alerts, queued in the outbox in the
 * transaction that takes the alerts, so each alert is in exactly one digest. A person is held by one node at a
 * time, however many run. Alerts of a person who since turned alert mail off, or has no address, are dropped.
 */
@Component
class SendingDigests {

  private static final Logger log = LoggerFactory.getLogger(SendingDigests.class);

  private final DigestItems items;
  private final AlertRecipients recipients;
  private final AlertMails mails;
  private final Outbox outbox;
  private final TransactionTemplate transactions;
  private final Clock clock;

  SendingDigests(DigestItems items, AlertRecipients recipients, AlertMails mails, Outbox outbox, PlatformTransactionManager transactions,
      Clock clock) {
    this.items = items;
    this.recipients = recipients;
    this.mails = mails;
    this.outbox = outbox;
    this.transactions = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  @Scheduled(initialDelayString = "${closedloop.alert-mail.digest-poll-every:PT1M}",
      fixedDelayString = "${closedloop.alert-mail.digest-poll-every:PT1M}")
  @SchedulerLock(name = "alert-digests", lockAtMostFor = "PT10M")
  void sendDue() {
    try {
      while (Boolean.TRUE.equals(transactions.execute(status -> sendNext()))) {
        // one person per transaction
      }
    } catch (DataAccessException e) {
      if (!DatabaseOutage.causes(e)) {
        throw e;
      }
      log.warn("The alert digests wait for the database");
    }
  }

  private boolean sendNext() {
    Instant now = clock.instant();
    return items.holdNextDue(now).map(userId -> {
      List<Alert> due = items.takeDue(userId, now).stream().map(Alert::of).toList();
      if (!due.isEmpty()) {
        recipients.mailable(userId).ifPresent(to -> outbox.queue(mails.digest(to, due)));
      }
      return true;
    }).orElse(false);
  }
}
