package io.closedloop.calendar;

import static io.closedloop.calendar.BusinessCalendarTest.copenhagen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallbackDeadlineTest {

  final BusinessCalendar calendar = BusinessCalendar.standard();
  final CallbackDeadline rule = CallbackDeadline.standard();

  @Test
  void an_eight_hour_sla_is_due_one_working_day_after_the_case_was_created() {
    assertThat(rule.callbackDue(copenhagen("2026-11-24T10:00"), 8, calendar)).isEqualTo(copenhagen("2026-11-25T10:00"));
  }

  @Test
  void a_sixteen_hour_sla_is_due_two_working_days_after_the_case_was_created() {
    assertThat(rule.callbackDue(copenhagen("2026-11-24T10:00"), 16, calendar)).isEqualTo(copenhagen("2026-11-26T10:00"));
  }

  @Test
  void reminds_the_owner_at_three_quarters_of_the_sla() {
    CaseClock clock = rule.clockFor(copenhagen("2026-11-24T10:00"), 16, calendar);

    assertThat(clock.reminderAt()).isEqualTo(copenhagen("2026-11-25T14:00"));
    assertThat(clock.callbackDue()).isEqualTo(copenhagen("2026-11-26T10:00"));
    assertThat(calendar.businessTimeBetween(copenhagen("2026-11-24T10:00"), clock.reminderAt())).isEqualTo(Duration.ofHours(12));
  }

  @Test
  void a_reminder_that_falls_at_closing_time_is_sent_at_closing_time() {
    CaseClock clock = rule.clockFor(copenhagen("2026-11-24T10:00"), 8, calendar);

    assertThat(clock.reminderAt()).isEqualTo(copenhagen("2026-11-24T16:00"));
    assertThat(clock.callbackDue()).isEqualTo(copenhagen("2026-11-25T10:00"));
  }

  @Test
  void a_case_created_at_night_starts_its_clock_when_the_team_opens() {
    CaseClock clock = rule.clockFor(copenhagen("2026-11-27T22:30"), 8, calendar);

    assertThat(clock.reminderAt()).isEqualTo(copenhagen("2026-11-30T14:00"));
    assertThat(clock.callbackDue()).isEqualTo(copenhagen("2026-11-30T16:00"));
  }

  @Test
  void the_clock_follows_the_team_calendar_with_its_closing_days() {
    BusinessCalendar christmasEveOff = new BusinessCalendar(WorkingTime.DEFAULT, Set.of(LocalDate.parse("2026-12-24")));

    assertThat(rule.callbackDue(copenhagen("2026-12-23T12:00"), 8, christmasEveOff)).isEqualTo(copenhagen("2026-12-28T12:00"));
  }

  @Test
  void escalates_to_level_two_the_configured_business_time_after_the_deadline() {
    CallbackDeadline afterAWorkingDay = new CallbackDeadline(Duration.ofHours(8));
    Instant due = copenhagen("2026-11-27T14:00");

    assertThat(rule.levelTwoEscalationAt(due, calendar)).isEqualTo(copenhagen("2026-11-30T10:00"));
    assertThat(afterAWorkingDay.levelTwoEscalationAt(due, calendar)).isEqualTo(copenhagen("2026-11-30T14:00"));
  }

  @Test
  void a_deadline_at_closing_time_escalates_to_level_two_the_next_working_day() {
    assertThat(rule.levelTwoEscalationAt(copenhagen("2026-11-24T16:00"), calendar)).isEqualTo(copenhagen("2026-11-25T12:00"));
  }

  @Test
  void an_sla_must_be_a_positive_number_of_hours() {
    assertThatIllegalArgumentException().isThrownBy(() -> rule.callbackDue(copenhagen("2026-11-24T10:00"), 0, calendar));
    assertThatIllegalArgumentException().isThrownBy(() -> new CallbackDeadline(Duration.ZERO));
  }
}
