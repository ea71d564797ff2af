package io.closedloop.notifications.mail;

import io.closedloop.calendar.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * When alert mail may reach a person: in their working time (their own hours if they set them,
 * else their team's calendar, else the company's), so a mail due outside it waits until their
 * working time next begins; an alarm goes at once if they chose alarms at any hour. Their digest
 * goes at the start of their next working day.
 */
public record QuietHours(BusinessCalendar calendar, boolean alarmsAtAnyHour) {

  static final String ALARM = "ALARM";

  /** The quiet hours of a person with these settings whose team works by {@code teamCalendar}. */
  public static QuietHours of(BusinessCalendar teamCalendar, AlertMailSetting setting) {
    BusinessCalendar calendar = setting.ownWorkingTime()
        .map(own -> new BusinessCalendar(own.in(teamCalendar.workingTime().country()), teamCalendar.closingDays()))
        .orElse(teamCalendar);
    return new QuietHours(calendar, setting.alarmsAtAnyHour());
  }

  /** When a mail about an alert of this type raised at {@code now} may be sent. */
  public Instant sendAt(String type, Instant now) {
    return goesAtAnyHour(type) ? now : calendar.nextOpening(now);
  }

  /** Whether an alert of this type goes at once, whatever the hour. */
  public boolean goesAtAnyHour(String type) {
    return alarmsAtAnyHour && ALARM.equals(type);
  }

  /** The start of the next working day after {@code now}: today's opening if today is one and it has not opened yet. */
  public Instant digestAt(Instant now) {
    ZonedDateTime local = now.atZone(calendar.workingTime().zone());
    LocalDate today = local.toLocalDate();
    Instant opening = today.atTime(calendar.workingTime().opensAt()).atZone(local.getZone()).toInstant();
    return calendar.isWorkingDay(today) && now.isBefore(opening) ? opening : calendar.startOfNextBusinessDay(now);
  }
}
