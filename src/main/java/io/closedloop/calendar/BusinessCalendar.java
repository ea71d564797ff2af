package io.closedloop.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * Counts working time for one team: its {@link WorkingTime}, the public holidays of its country
 * and the company's closing days. Working hours are the half-open interval from opening to
 * closing time, so a team is at work at 08:00 but no longer at 16:00.
 *
 * <p>Working time is counted on the team's local clock and converted to instants day by day,
 * so a working day is as long as the clock says even on the day the clocks change.
 */
public final class BusinessCalendar {

  // Ten years without a single working day can only be a misconfiguration.
  private static final int MAX_DAYS_WITHOUT_WORK = 3660;

  private final WorkingTime workingTime;
  private final Set<LocalDate> closingDays;
  private final PublicHolidays publicHolidays;

  /** A calendar of the working time, the public holidays of its country and these closing days. */
  public BusinessCalendar(WorkingTime workingTime, Set<LocalDate> closingDays) {
    this.workingTime = Objects.requireNonNull(workingTime, "workingTime");
    this.closingDays = Set.copyOf(closingDays);
    this.publicHolidays = PublicHolidays.of(workingTime.country());
  }

  /** A calendar of the working time and the public holidays of its country, without closing days. */
  public BusinessCalendar(WorkingTime workingTime) {
    this(workingTime, Set.of());
  }

  /** Monday to Friday, 08:00 to 16:00 in Copenhagen, Danish public holidays, no closing days. */
  public static BusinessCalendar standard() {
    return new BusinessCalendar(WorkingTime.DEFAULT);
  }

  public WorkingTime workingTime() {
    return workingTime;
  }

  public Set<LocalDate> closingDays() {
    return closingDays;
  }

  /** Whether the team works on that local date: a working weekday, no public holiday, no closing day. */
  public boolean isWorkingDay(LocalDate day) {
    return workingTime.isWorkingWeekday(day.getDayOfWeek())
        && !closingDays.contains(day)
        && !publicHolidays.contains(day);
  }

  /** Whether the team is at work at that instant. */
  public boolean isWorkingTime(Instant instant) {
    LocalDateTime local = local(instant);
    return isWorkingDay(local.toLocalDate())
        && !local.toLocalTime().isBefore(workingTime.opensAt())
        && local.toLocalTime().isBefore(workingTime.closesAt());
  }

  /** The next instant the team is at work: {@code from} itself when it is within working hours. */
  public Instant nextOpening(Instant from) {
    return plus(from, Duration.ZERO);
  }

  /** The opening of the first working day after {@code from}'s local date, e.g. to retry "next business day". */
  public Instant startOfNextBusinessDay(Instant from) {
    return instant(nextWorkingDayAfter(local(from).toLocalDate()), workingTime.opensAt());
  }

  /**
   * The instant reached after {@code businessTime} of working time counted from {@code start}; a
   * start outside working hours counts from the next opening. A result that falls exactly on
   * closing time stays at closing time of that day.
   */
  public Instant plus(Instant start, Duration businessTime) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(businessTime, "businessTime");
    if (businessTime.isNegative()) {
      throw new IllegalArgumentException("Business time must not be negative: " + businessTime);
    }
    ZonedDateTime cursor = start.atZone(workingTime.zone());
    LocalDate day = cursor.toLocalDate();
    LocalTime from = later(cursor.toLocalTime(), workingTime.opensAt());
    // On the start day, a local time the clocks show twice means the one at or after start.
    ZoneOffset preferredOffset = cursor.getOffset();
    Duration remaining = businessTime;
    for (int searched = 0; searched <= MAX_DAYS_WITHOUT_WORK; searched++) {
      if (isWorkingDay(day) && from.isBefore(workingTime.closesAt())) {
        Duration available = Duration.between(from, workingTime.closesAt());
        if (remaining.compareTo(available) <= 0) {
          return ZonedDateTime.ofLocal(LocalDateTime.of(day, from.plus(remaining)), workingTime.zone(), preferredOffset)
              .toInstant();
        }
        remaining = remaining.minus(available);
        searched = 0;
      }
      day = day.plusDays(1);
      from = workingTime.opensAt();
      preferredOffset = null;
    }
    throw noWorkingDays(start);
  }

  /**
   * The working time between two instants, so that {@code businessTimeBetween(a, plus(a, d))}
   * is {@code d}; negative when {@code b} is before {@code a}.
   */
  public Duration businessTimeBetween(Instant a, Instant b) {
    if (b.isBefore(a)) {
      return businessTimeBetween(b, a).negated();
    }
    LocalDateTime start = local(a);
    LocalDateTime end = local(b);
    Duration total = Duration.ZERO;
    for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
      if (!isWorkingDay(day)) {
        continue;
      }
      LocalTime from = day.equals(start.toLocalDate()) ? later(start.toLocalTime(), workingTime.opensAt()) : workingTime.opensAt();
      LocalTime to = day.equals(end.toLocalDate()) ? earlier(end.toLocalTime(), workingTime.closesAt()) : workingTime.closesAt();
      if (from.isBefore(to)) {
        total = total.plus(Duration.between(from, to));
      }
    }
    return total;
  }

  private LocalDate nextWorkingDayAfter(LocalDate date) {
    LocalDate day = date.plusDays(1);
    for (int searched = 0; searched <= MAX_DAYS_WITHOUT_WORK; searched++, day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        return day;
      }
    }
    throw noWorkingDays(date.atStartOfDay(workingTime.zone()).toInstant());
  }

  private LocalDateTime local(Instant instant) {
    return LocalDateTime.ofInstant(instant, workingTime.zone());
  }

  private Instant instant(LocalDate day, LocalTime time) {
    return ZonedDateTime.of(day, time, workingTime.zone()).toInstant();
  }

  private static LocalTime later(LocalTime a, LocalTime b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalTime earlier(LocalTime a, LocalTime b) {
    return a.isBefore(b) ? a : b;
  }

  private IllegalStateException noWorkingDays(Instant from) {
    return new IllegalStateException("No working day within ten years after " + from + " in " + this);
  }

  @Override
  public String toString() {
    return "BusinessCalendar[" + workingTime + ", closingDays=" + closingDays.size() + "]";
  }
}
