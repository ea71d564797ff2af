package io.closedloop.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** The public holidays of one country, from the jollyday holiday library, cached per country and year. */
final class PublicHolidays {

  private static final Map<String, PublicHolidays> BY_COUNTRY = new ConcurrentHashMap<>();

  private final HolidayManager holidays;
  private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

  private PublicHolidays(HolidayManager holidays) {
    this.holidays = holidays;
  }

  /** The holidays of a country; an unknown country is an {@link InvalidWorkingTime}. */
  static PublicHolidays of(String country) {
    return BY_COUNTRY.computeIfAbsent(country.toUpperCase(Locale.ROOT), PublicHolidays::load);
  }

  /** The countries (ISO 3166-1 alpha-2) whose public holidays are known. */
  static Set<String> countries() {
    return HolidayManager.getSupportedCalendarCodes().stream().filter(code -> code.matches("[A-Z]{2}"))
        .collect(Collectors.toUnmodifiableSet());
  }

  private static PublicHolidays load(String country) {
    if (!HolidayManager.getSupportedCalendarCodes().contains(country)) {
      throw new InvalidWorkingTime("country", "No public holidays are known for country '" + country + "'");
    }
    return new PublicHolidays(HolidayManager.getInstance(ManagerParameters.create(country)));
  }

  boolean contains(LocalDate day) {
    return byYear.computeIfAbsent(day.getYear(), this::daysOff).contains(day);
  }

  // Observances (named days that are no day off) do not close the office.
  private Set<LocalDate> daysOff(int year) {
    return holidays.getHolidays(Year.of(year)).stream()
        .filter(holiday -> holiday.getType() != HolidayType.OBSERVANCE)
        .map(Holiday::getDate)
        .collect(Collectors.toUnmodifiableSet());
  }
}
