package io.closedloop.calendar;

import java.time.Duration;
import java.time.Instant;

/**
 * The resolution rule: once the customer is reached, the case must be resolved within a number of
 * the team's working days of business time, counted from the moment they were reached; the owner is
 * reminded after 75% of it, like the call-back's reminder.
 */
public final class ResolutionDeadline {

  /** The resolution time when the routing decision names none. */
  public static final int DEFAULT_BUSINESS_DAYS = 5;

  private static final int REMINDER_PERCENT = 75;

  private ResolutionDeadline() {}

  /** The reminder and the deadline of a case reached at {@code reachedAt}. */
  public static ResolutionClock clockFor(Instant reachedAt, int businessDays, BusinessCalendar calendar) {
    if (businessDays <= 0) {
      throw new IllegalArgumentException("The resolution time must be a positive number of business days, not " + businessDays);
    }
    Duration allowed = calendar.workingTime().workingDay().multipliedBy(businessDays);
    return new ResolutionClock(calendar.plus(reachedAt, allowed.multipliedBy(REMINDER_PERCENT).dividedBy(100)),
        calendar.plus(reachedAt, allowed));
  }

  /** When the owner is reminded and when the case must be resolved. */
  public record ResolutionClock(Instant reminderAt, Instant resolutionDue) {}
}
