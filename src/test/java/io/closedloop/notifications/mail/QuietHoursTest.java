package io.closedloop.notifications.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.closedloop.calendar.BusinessCalendar;
import io.closedloop.calendar.WorkingTime;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Alert mail waits for the recipient's working time: their own hours, else their team's calendar. */
class QuietHoursTest {

  static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
  static final ZoneId LONDON = ZoneId.of("Europe/London");

  final BusinessCalendar team = BusinessCalendar.standard();
  final QuietHours standard = QuietHours.of(team, AlertMailSetting.DEFAULT);

  static Instant copenhagen(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(COPENHAGEN).toInstant();
  }

  static Instant london(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
  }

  @Test
  void an_escalation_at_two_in_the_night_of_a_tuesday_waits_until_eight_that_tuesday() {
    assertThat(standard.sendAt("ESCALATION", copenhagen("2026-03-03T02:00"))).isEqualTo(copenhagen("2026-03-03T08:00"));
  }

  @Test
  void a_reminder_after_closing_on_a_friday_waits_until_monday_morning() {
    assertThat(standard.sendAt("REMINDER", copenhagen("2026-03-06T17:00"))).isEqualTo(copenhagen("2026-03-09T08:00"));
  }

  @Test
  void an_assignment_before_easter_waits_past_the_public_holidays_and_the_weekend() {
    // Maundy Thursday, Good Friday and Easter Monday 2026 are Danish public holidays
    assertThat(standard.sendAt("ASSIGNED", copenhagen("2026-04-01T16:30"))).isEqualTo(copenhagen("2026-04-07T08:00"));
  }

  @Test
  void a_company_closing_day_is_skipped_like_a_holiday() {
    QuietHours closedTuesday = QuietHours.of(new BusinessCalendar(WorkingTime.DEFAULT, Set.of(LocalDate.parse("2026-03-03"))),
        AlertMailSetting.DEFAULT);

    assertThat(closedTuesday.sendAt("ESCALATION", copenhagen("2026-03-03T02:00"))).isEqualTo(copenhagen("2026-03-04T08:00"));
  }

  @Test
  void an_alert_in_working_time_goes_at_once() {
    assertThat(standard.sendAt("ESCALATION", copenhagen("2026-03-03T10:15"))).isEqualTo(copenhagen("2026-03-03T10:15"));
  }

  @Test
  void an_alarm_goes_at_once_at_night_for_whoever_chose_alarms_at_any_hour() {
    QuietHours anyHour = QuietHours.of(team, new AlertMailSetting(AlertMailMode.IMMEDIATE, true, null));

    assertThat(anyHour.sendAt("ALARM", copenhagen("2026-03-03T02:00"))).isEqualTo(copenhagen("2026-03-03T02:00"));
    assertThat(anyHour.sendAt("ESCALATION", copenhagen("2026-03-03T02:00"))).isEqualTo(copenhagen("2026-03-03T08:00"));
    assertThat(standard.sendAt("ALARM", copenhagen("2026-03-03T02:00"))).isEqualTo(copenhagen("2026-03-03T08:00"));
  }

  @Test
  void a_personal_working_time_wins_over_the_teams() {
    PersonalWorkingTime tuesdayToSaturday = new PersonalWorkingTime(EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY),
        LocalTime.of(10, 0), LocalTime.of(18, 0), LONDON);
    QuietHours own = QuietHours.of(team, new AlertMailSetting(AlertMailMode.IMMEDIATE, false, tuesdayToSaturday));

    assertThat(own.sendAt("ESCALATION", london("2026-03-07T09:30"))).isEqualTo(london("2026-03-07T10:00"));
    assertThat(own.sendAt("ESCALATION", copenhagen("2026-03-06T17:30"))).isEqualTo(copenhagen("2026-03-06T17:30"));
    assertThat(own.sendAt("ESCALATION", london("2026-03-09T12:00"))).isEqualTo(london("2026-03-10T10:00"));
  }

  @Test
  void a_personal_working_time_keeps_the_public_holidays_of_the_teams_country() {
    PersonalWorkingTime weekdays = new PersonalWorkingTime(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
        LocalTime.of(7, 0), LocalTime.of(15, 0), COPENHAGEN);
    QuietHours own = QuietHours.of(team, new AlertMailSetting(AlertMailMode.IMMEDIATE, false, weekdays));

    assertThat(own.sendAt("REMINDER", copenhagen("2026-04-02T09:00"))).isEqualTo(copenhagen("2026-04-07T07:00"));
  }

  @Test
  void a_digest_goes_at_the_start_of_the_same_working_day_when_it_has_not_begun_yet() {
    assertThat(standard.digestAt(copenhagen("2026-03-03T02:00"))).isEqualTo(copenhagen("2026-03-03T08:00"));
  }

  @Test
  void a_digest_of_alerts_raised_during_the_working_day_goes_the_next_working_morning() {
    assertThat(standard.digestAt(copenhagen("2026-03-03T08:00"))).isEqualTo(copenhagen("2026-03-04T08:00"));
    assertThat(standard.digestAt(copenhagen("2026-03-06T12:00"))).isEqualTo(copenhagen("2026-03-09T08:00"));
  }

  @Test
  void an_alarm_for_a_digest_reader_who_chose_alarms_at_any_hour_goes_at_once() {
    QuietHours anyHour = QuietHours.of(team, new AlertMailSetting(AlertMailMode.DIGEST, true, null));

    assertThat(anyHour.goesAtAnyHour("ALARM")).isTrue();
    assertThat(anyHour.goesAtAnyHour("REMINDER")).isFalse();
  }

  @Test
  void a_personal_working_time_needs_a_day_and_a_start_before_its_end() {
    assertThatThrownBy(() -> new PersonalWorkingTime(Set.of(), LocalTime.of(8, 0), LocalTime.of(16, 0), COPENHAGEN))
        .isInstanceOfSatisfying(InvalidWorkingHours.class, e -> assertThat(e.field()).isEqualTo("days"));
    assertThatThrownBy(() -> new PersonalWorkingTime(Set.of(DayOfWeek.MONDAY), LocalTime.of(16, 0), LocalTime.of(8, 0), COPENHAGEN))
        .isInstanceOfSatisfying(InvalidWorkingHours.class, e -> assertThat(e.field()).isEqualTo("hours"));
  }
}
