package io.closedloop.cases;

/** The kinds of events on a case's timeline. */
public enum TimelineEventType {
  OPENED, ROUTED, ALARM_RAISED, ASSIGNED, CLAIMED, REASSIGNED, REMINDER_SENT, ESCALATED,
  CONTACT_ATTEMPTED, RETRY_SCHEDULED, RESOLVED, IDEA_LINKED, CLOSED_UNREACHABLE
}
