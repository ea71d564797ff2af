package io.closedloop.notifications.mail;

import io.closedloop.cases.NotifiedCases;
import io.closedloop.cases.NotifiedCases.NotifiedCase;
import io.closedloop.outbox.OutgoingMail;
import io.closedloop.shared.PublicAddress;
import io.closedloop.shared.Wording;
import io.closedloop.web.Labels;
import io.closedloop.web.Moments;
import io.closedloop.web.Wordings;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes alert mail in its reader's language and time zone: the alert as the bell words it, the case as
 * the bell names it, and the link that opens it. A digest spans many cases while the outbox erases a
 * mail with its one case, so a digest names no customer: each line says the case's date, touchpoint and
 * score, and its link shows the rest to the logged-in reader.
 */
@Component
class AlertMails {

  static final String ALERT = "ALERT";
  static final String DIGEST = "DIGEST";

  private final MessageSource messages;
  private final Wordings wordings;
  private final Labels labels;
  private final Moments moments;
  private final NotifiedCases cases;
  private final PublicAddress address;

  AlertMails(MessageSource messages, Wordings wordings, Labels labels, Moments moments, NotifiedCases cases, PublicAddress address) {
    this.messages = messages;
    this.wordings = wordings;
    this.labels = labels;
    this.moments = moments;
    this.cases = cases;
    this.address = address;
  }

  /** One alert to one person, not sent before {@code notBefore}. */
  OutgoingMail alert(Recipient to, Alert alert, Instant notBefore) {
    return alert(to, alert, about(alert), notBefore);
  }

  /** The case an alert is about, described once for all its recipients; null for an alert about no case. */
  NotifiedCase about(Alert alert) {
    return alert.caseId() == null ? null : describe(List.of(alert.caseId())).get(alert.caseId());
  }

  /** One alert to one person about a case described beforehand, not sent before {@code notBefore}. */
  OutgoingMail alert(Recipient to, Alert alert, NotifiedCase about, Instant notBefore) {
    return to.reading(() -> {
      String type = text("alerts.type." + alert.type());
      String subject = about == null ? text("alerts.mail.subject.no-case", type) : text("alerts.mail.subject", type, caseName(about));
      StringBuilder body = new StringBuilder(worded(alert)).append("\n\n");
      if (about != null) {
        body.append(text("alerts.mail.case", about.customer(), caseName(about))).append("\n\n");
      }
      body.append(text("alerts.mail.open", link(alert))).append("\n\n-- \n")
          .append(text("alerts.mail.footer", address.of("/preferences")));
      return OutgoingMail.toStaff(ALERT, to.userId(), to.email(), subject, body.toString(), alert.caseId(), notBefore);
    });
  }

  /** One mail listing a person's alerts, oldest first. */
  OutgoingMail digest(Recipient to, List<Alert> alerts) {
    Map<UUID, NotifiedCase> described = describe(alerts.stream().map(Alert::caseId).filter(Objects::nonNull).distinct().toList());
    return to.reading(() -> {
      StringBuilder body = new StringBuilder(text("alerts.digest.intro")).append("\n");
      for (Alert alert : alerts) {
        body.append("\n* ").append(text("alerts.digest.line", moments.time(alert.at()), text("alerts.type." + alert.type()), worded(alert)));
        NotifiedCase about = alert.caseId() == null ? null : described.get(alert.caseId());
        if (about != null) {
          body.append("\n  ").append(caseName(about));
        }
        body.append("\n  ").append(link(alert)).append("\n");
      }
      body.append("\n-- \n").append(text("alerts.digest.footer", address.of("/preferences")));
      return OutgoingMail.toStaff(DIGEST, to.userId(), to.email(), text("alerts.digest.subject", alerts.size()), body.toString(),
          null, null);
    });
  }

  private Map<UUID, NotifiedCase> describe(Collection<UUID> caseIds) {
    return caseIds.isEmpty() ? Map.of() : cases.describe(caseIds);
  }

  private String worded(Alert alert) {
    Wording wording = alert.wording();
    if (wording == null) {
      return alert.message();
    }
    return messages.getMessage("notifications.text." + wording.key(), wordings.arguments(wording, id -> id), alert.message(),
        LocaleContextHolder.getLocale());
  }

  private String caseName(NotifiedCase about) {
    return text("notifications.case", moments.date(about.openedAt()), labels.code("TOUCHPOINT", about.touchpoint()), about.score());
  }

  private String link(Alert alert) {
    return address.of("/notifications/" + alert.notificationId() + "/open");
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }

  /** What an alert says, for one reader. */
  record Alert(UUID notificationId, UUID caseId, String type, String message, Wording wording, Instant at) {

    static Alert of(DigestItem item) {
      return new Alert(item.notificationId(), item.caseId(), item.type(), item.message(), item.wording(), item.createdAt());
    }
  }
}
