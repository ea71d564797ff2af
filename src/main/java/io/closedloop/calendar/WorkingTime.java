package io.closedloop.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * When a team is at work: its working days, the local time it opens and closes, its time zone,
 * and the country (ISO 3166-1 alpha-2) whose public holidays it keeps.
 */
public record WorkingTime(Set<DayOfWeek> workingDays, LocalTime opensAt, LocalTime closesAt, ZoneId zone, String country) {

  private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");

  /** Monday to Friday, 08:00 to 16:00 in Copenhagen, Danish public holidays. */
  public static final WorkingTime DEFAULT = new WorkingTime(
      EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(16, 0),
      ZoneId.of("Europe/Copenhagen"), "DK");

  public WorkingTime {
    Objects.requireNonNull(workingDays, "workingDays");
    Objects.requireNonNull(opensAt, "opensAt");
    Objects.requireNonNull(closesAt, "closesAt");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(country, "country");
    if (workingDays.isEmpty()) {
      throw new InvalidWorkingTime("workingDays", "A team needs at least one working day");
    }
    if (!opensAt.isBefore(closesAt)) {
      throw new InvalidWorkingTime("closesAt", "Opening time " + opensAt + " must be before closing time " + closesAt);
    }
    country = country.toUpperCase(Locale.ROOT);
    if (!COUNTRY_CODE.matcher(country).matches()) {
      throw new InvalidWorkingTime("country", "Country must be an ISO 3166-1 alpha-2 code, not '" + country + "'");
    }
    workingDays = Set.copyOf(EnumSet.copyOf(workingDays));
  }

  /** The default working time ({@link #DEFAULT}). */
  public static WorkingTime standard() {
    return DEFAULT;
  }

  /** The length of a working day on the local clock. */
  public Duration workingDay() {
    return Duration.between(opensAt, closesAt);
  }

  public boolean isWorkingWeekday(DayOfWeek day) {
    return workingDays.contains(day);
  }
}
