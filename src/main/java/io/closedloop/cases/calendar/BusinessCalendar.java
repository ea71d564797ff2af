package io.closedloop.cases.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.DayOfWeek;
import java.util.Set;

/** Working time of a team: working days and hours in a time zone. */
public class BusinessCalendar {

  private final Set<DayOfWeek> days;
  private final LocalTime opens;
  private final LocalTime closes;
  private final ZoneId zone;

  public BusinessCalendar(Set<DayOfWeek> days, LocalTime opens, LocalTime closes, ZoneId zone) {
    this.days = days;
    this.opens = opens;
    this.closes = closes;
    this.zone = zone;
  }

  public boolean isWorkingDay(LocalDate day) {
    return days.contains(day.getDayOfWeek());
  }

  public Instant plus(Instant start, Duration businessTime) {
    LocalDateTime cursor = LocalDateTime.ofInstant(start, zone);
    Duration left = businessTime;
    while (true) {
      LocalDate day = cursor.toLocalDate();
      if (isWorkingDay(day) && cursor.toLocalTime().isBefore(closes)) {
        LocalDateTime from = cursor.toLocalTime().isBefore(opens) ? day.atTime(opens) : cursor;
        Duration available = Duration.between(from, day.atTime(closes));
        if (left.compareTo(available) <= 0) {
          return from.plus(left).atZone(zone).toInstant();
        }
        left = left.minus(available);
      }
      cursor = day.plusDays(1).atTime(opens);
    }
  }

  public Instant startOfNextBusinessDay(Instant from) {
    LocalDate day = LocalDateTime.ofInstant(from, zone).toLocalDate().plusDays(1);
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day.atTime(opens).atZone(zone).toInstant();
  }
}
