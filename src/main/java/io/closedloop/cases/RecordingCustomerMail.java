package io.closedloop.cases;

import io.closedloop.outbox.OutboxMessageChanged;
import io.closedloop.shared.Wording;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts each state of a mail to the customer on their case's timeline: queued, sent, kept (no SMTP
 * server), a failed attempt with its reason and the next try, and failed for good. In the
 * transaction that changed the mail's state. The address is not written, so the timeline holds no
 * more personal data than before.
 */
@Component
class RecordingCustomerMail {

  private final CaseTimeline timeline;

  RecordingCustomerMail(CaseTimeline timeline) {
    this.timeline = timeline;
  }

  @EventListener
  void on(OutboxMessageChanged changed) {
    if (!changed.isMailToCustomer() || changed.caseId() == null) {
      return;
    }
    CaseId caseId = new CaseId(changed.caseId());
    String topic = changed.topic();
    switch (changed.status()) {
      case QUEUED -> {
        if (changed.reason() == null) {
          timeline.record(caseId, CaseTimeline.SYSTEM, TimelineEventType.MAIL_QUEUED, topic + " mail queued",
              Wording.of("mailQueued." + topic));
        } else {
          timeline.record(caseId, CaseTimeline.SYSTEM, TimelineEventType.MAIL_FAILED,
              topic + " mail not sent yet (" + changed.reason() + "); next try " + changed.retryAt(),
              Wording.of("mailRetry." + topic).text(changed.reason()).time(changed.retryAt()));
        }
      }
      case SENT -> timeline.record(caseId, CaseTimeline.SYSTEM, TimelineEventType.MAIL_SENT, topic + " mail sent",
          Wording.of("mailSent." + topic));
      case KEPT -> timeline.record(caseId, CaseTimeline.SYSTEM, TimelineEventType.MAIL_KEPT,
          topic + " mail kept in the outbox: no mail server is configured", Wording.of("mailKept." + topic));
      case FAILED -> timeline.record(caseId, CaseTimeline.SYSTEM, TimelineEventType.MAIL_FAILED,
          topic + " mail could not be sent: " + changed.reason(), Wording.of("mailFailed." + topic).text(changed.reason()));
    }
  }
}
