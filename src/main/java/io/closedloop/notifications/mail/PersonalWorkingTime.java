package io.closedloop.notifications.mail;

import io.closedloop.calendar.WorkingTime;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** The hours a person works, when they differ from their team's: their alert mail waits for these. */
public record PersonalWorkingTime(Set<DayOfWeek> days, LocalTime opensAt, LocalTime closesAt, ZoneId zone) {

  public PersonalWorkingTime {
    if (days == null || days.isEmpty()) {
      throw new InvalidWorkingHours("days", "At least one working day");
    }
    if (opensAt == null || closesAt == null || !opensAt.isBefore(closesAt)) {
      throw new InvalidWorkingHours("hours", "Opening time must be before closing time");
    }
    Objects.requireNonNull(zone, "zone");
    days = Set.copyOf(EnumSet.copyOf(days));
  }

  /** As a calendar's working time, keeping the public holidays of {@code country}. */
  WorkingTime in(String country) {
    return new WorkingTime(days, opensAt, closesAt, zone, country);
  }
}
