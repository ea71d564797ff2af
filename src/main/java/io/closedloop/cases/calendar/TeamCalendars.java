package io.closedloop.cases.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.springframework.stereotype.Component;

/** The business calendar of each team. */
@Component
public class TeamCalendars {

  public BusinessCalendar forTeam(String team) {
    return new BusinessCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(16, 0),
        ZoneId.of("Europe/Copenhagen"));
  }
}
