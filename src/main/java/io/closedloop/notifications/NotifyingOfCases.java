package io.closedloop.notifications;

import io.closedloop.cases.CaseNoticeIssued;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Delivers what people must hear of a case as notifications, in the transaction of the change that caused it. */
@Component
class NotifyingOfCases {

  private final Notifications notifications;

  NotifyingOfCases(Notifications notifications) {
    this.notifications = notifications;
  }

  @EventListener
  void on(CaseNoticeIssued notice) {
    notifications.send(notice.recipients(), notice.caseId(), notice.kind().name(), notice.message(), notice.wording());
  }
}
