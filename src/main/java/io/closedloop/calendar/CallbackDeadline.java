package io.closedloop.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The call-back rule: the SLA clock starts when the case is created and counts business hours
 * on the team's calendar; the owner is reminded at 75% of the SLA. What happens after the
 * deadline is the escalation ladder's ({@code bpmn/escalation-ladder.dmn}); {@link #levelTwoAfter()}
 * only tells the demo's replayed history when the shipped ladder's second level came.
 */
public final class CallbackDeadline {

  /** Half a working day of the default calendar. */
  public static final Duration DEFAULT_LEVEL_TWO_AFTER = Duration.ofHours(4);

  private static final long REMINDER_MINUTES_PER_SLA_HOUR = 45;

  private final Duration levelTwoAfter;

  /** The rule with level 2 escalation {@code levelTwoAfter} of business time after the deadline. */
  public CallbackDeadline(Duration levelTwoAfter) {
    Objects.requireNonNull(levelTwoAfter, "levelTwoAfter");
    if (levelTwoAfter.isNegative() || levelTwoAfter.isZero()) {
      throw new IllegalArgumentException("Level 2 escalation must come after the deadline: " + levelTwoAfter);
    }
    this.levelTwoAfter = levelTwoAfter;
  }

  /** The rule with level 2 escalation {@link #DEFAULT_LEVEL_TWO_AFTER} after the deadline. */
  public static CallbackDeadline standard() {
    return new CallbackDeadline(DEFAULT_LEVEL_TWO_AFTER);
  }

  public Duration levelTwoAfter() {
    return levelTwoAfter;
  }

  /** The reminder and the deadline of a case created at {@code createdAt} with an SLA in business hours. */
  public CaseClock clockFor(Instant createdAt, int slaBusinessHours, BusinessCalendar calendar) {
    return new CaseClock(reminderAt(createdAt, slaBusinessHours, calendar), callbackDue(createdAt, slaBusinessHours, calendar));
  }

  /** The instant by which the customer must have been called back. */
  public Instant callbackDue(Instant createdAt, int slaBusinessHours, BusinessCalendar calendar) {
    return calendar.plus(createdAt, Duration.ofHours(requirePositive(slaBusinessHours)));
  }

  /** The instant the owner is reminded: after 75% of the SLA's business time. */
  public Instant reminderAt(Instant createdAt, int slaBusinessHours, BusinessCalendar calendar) {
    return calendar.plus(createdAt, Duration.ofMinutes(requirePositive(slaBusinessHours) * REMINDER_MINUTES_PER_SLA_HOUR));
  }

  /** The instant an unmet deadline escalates to level 2: {@link #levelTwoAfter()} of business time after it. */
  public Instant levelTwoEscalationAt(Instant callbackDue, BusinessCalendar calendar) {
    return calendar.plus(callbackDue, levelTwoAfter);
  }

  private static int requirePositive(int slaBusinessHours) {
    if (slaBusinessHours <= 0) {
      throw new IllegalArgumentException("The SLA must be a positive number of business hours, not " + slaBusinessHours);
    }
    return slaBusinessHours;
  }
}
