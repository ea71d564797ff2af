package io.closedloop.calendar;

import java.time.Instant;

/** When a case's owner is reminded and when the customer must have been called back. */
public record CaseClock(Instant reminderAt, Instant callbackDue) {}
