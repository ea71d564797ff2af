package io.closedloop.cases;

/** What people are told of a case: the kind names the notification (and its icon and mail) wherever it is shown. */
public enum CaseNotice {
  ALARM, ASSIGNED, ANSWER_JOINED, ESCALATION, PROCESS_CANCELLED, REMINDER
}
