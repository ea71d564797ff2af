package io.closedloop.calendar;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Working days as stored: three-letter English day names in week order, e.g. {@code MON,TUE,WED,THU,FRI}. */
public final class WorkingDays {

  private WorkingDays() {}

  public static String format(Set<DayOfWeek> days) {
    return EnumSet.copyOf(days).stream().map(day -> day.name().substring(0, 3)).collect(Collectors.joining(","));
  }

  public static Set<DayOfWeek> parse(String stored) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String name : stored.split(",")) {
      days.add(dayNamed(name.trim().toUpperCase(Locale.ROOT)));
    }
    return days;
  }

  private static DayOfWeek dayNamed(String abbreviation) {
    return Arrays.stream(DayOfWeek.values())
        .filter(day -> day.name().startsWith(abbreviation) && abbreviation.length() == 3)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown working day '" + abbreviation + "'"));
  }
}
