package io.closedloop.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.closedloop.support.IntegrationTest;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class TeamCalendarsIT {

  static final ZoneId DUBAI = ZoneId.of("Asia/Dubai");
  static final WorkingTime SUNDAY_TO_THURSDAY_IN_DUBAI = new WorkingTime(
      EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
      LocalTime.of(9, 0), LocalTime.of(17, 0), DUBAI, "AE");

  @Autowired
  TeamCalendars calendars;

  @Autowired
  CallbackDeadline callbackDeadline;

  static String newTeam() {
    return "calendar-it-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void a_saved_team_calendar_and_its_closing_day_are_read_back_and_count_the_teams_deadlines() {
    String team = newTeam();
    LocalDate offsite = LocalDate.parse("2031-01-07");
    assertThat(calendars.forTeam(team).workingTime()).isEqualTo(WorkingTime.DEFAULT);

    calendars.save(team, SUNDAY_TO_THURSDAY_IN_DUBAI, "mike");
    ClosingDay added = calendars.addClosingDay(offsite, team, "Team offsite");

    BusinessCalendar calendar = calendars.forTeam(team);
    assertThat(calendar.workingTime()).isEqualTo(SUNDAY_TO_THURSDAY_IN_DUBAI);
    assertThat(calendar.isWorkingDay(offsite)).isFalse();
    assertThat(added).isEqualTo(new ClosingDay(added.id(), offsite, team, "Team offsite"));
    assertThat(calendars.savedWorkingTime(team)).hasValueSatisfying(saved -> {
      assertThat(saved.workingTime()).isEqualTo(SUNDAY_TO_THURSDAY_IN_DUBAI);
      assertThat(saved.updatedBy()).isEqualTo("mike");
    });
    Instant mondayAfternoon = LocalDateTime.parse("2031-01-06T15:00").atZone(DUBAI).toInstant();
    assertThat(callbackDeadline.callbackDue(mondayAfternoon, 8, calendar))
        .isEqualTo(LocalDateTime.parse("2031-01-08T15:00").atZone(DUBAI).toInstant());
  }

  @Test
  void a_team_without_a_calendar_works_the_default_with_the_company_closing_days_but_not_other_teams_days() {
    String team = newTeam();
    String otherTeam = newTeam();
    LocalDate companyDay = LocalDate.parse("2032-06-04");
    LocalDate otherTeamsDay = LocalDate.parse("2032-06-08");
    calendars.addClosingDay(companyDay, null, "Company summer party");
    calendars.addClosingDay(otherTeamsDay, otherTeam, "Training");
    try {
      BusinessCalendar calendar = calendars.forTeam(team);

      assertThat(calendar.workingTime()).isEqualTo(WorkingTime.DEFAULT);
      assertThat(calendar.isWorkingDay(companyDay)).isFalse();
      assertThat(calendar.isWorkingDay(otherTeamsDay)).isTrue();
      assertThat(calendars.forTeam(otherTeam).isWorkingDay(otherTeamsDay)).isFalse();
      assertThat(calendars.closingDays(otherTeam)).extracting(ClosingDay::day).contains(companyDay, otherTeamsDay);
    } finally {
      calendars.removeClosingDay(companyDay, null);
    }
  }

  @Test
  void a_closing_day_is_kept_once_and_opens_again_when_removed() {
    String team = newTeam();
    LocalDate day = LocalDate.parse("2033-03-01");
    ClosingDay first = calendars.addClosingDay(day, team, "Move to new office");
    ClosingDay again = calendars.addClosingDay(day, team, "Move to new office");
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(calendars.forTeam(team).isWorkingDay(day)).isFalse();

    assertThat(calendars.removeClosingDay(day, team)).isTrue();

    assertThat(calendars.forTeam(team).isWorkingDay(day)).isTrue();
    assertThat(calendars.removeClosingDay(day, team)).isFalse();
  }

  @Test
  void saving_a_calendar_again_replaces_it() {
    String team = newTeam();
    calendars.save(team, SUNDAY_TO_THURSDAY_IN_DUBAI, "mike");

    calendars.save(team, WorkingTime.DEFAULT, "helen");

    assertThat(calendars.forTeam(team).workingTime()).isEqualTo(WorkingTime.DEFAULT);
    assertThat(calendars.savedWorkingTime(team)).map(TeamWorkingTime::updatedBy).hasValue("helen");
  }

  @Test
  void a_calendar_in_a_country_without_known_holidays_is_not_saved() {
    String team = newTeam();
    WorkingTime nowhere = new WorkingTime(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(8, 0), LocalTime.of(16, 0), DUBAI, "XX");

    assertThatIllegalArgumentException().isThrownBy(() -> calendars.save(team, nowhere, "mike"));
    assertThat(calendars.savedWorkingTime(team)).isEmpty();
  }
}
