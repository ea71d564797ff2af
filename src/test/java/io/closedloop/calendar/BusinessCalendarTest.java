package io.closedloop.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessCalendarTest {

  static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

  final BusinessCalendar calendar = BusinessCalendar.standard();

  static Instant copenhagen(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(COPENHAGEN).toInstant();
  }

  static Duration hours(long hours) {
    return Duration.ofHours(hours);
  }

  @Nested
  class Counting_working_time {

    @Test
    void stays_within_one_day_when_the_time_fits_before_closing() {
      assertThat(calendar.plus(copenhagen("2026-11-24T09:00"), hours(3))).isEqualTo(copenhagen("2026-11-24T12:00"));
    }

    @Test
    void a_deadline_that_lands_exactly_at_closing_time_stays_at_closing_time() {
      assertThat(calendar.plus(copenhagen("2026-11-24T10:00"), hours(6))).isEqualTo(copenhagen("2026-11-24T16:00"));
    }

    @Test
    void a_full_working_day_from_opening_ends_at_closing_the_same_day() {
      assertThat(calendar.plus(copenhagen("2026-11-23T08:00"), hours(8))).isEqualTo(copenhagen("2026-11-23T16:00"));
    }

    @Test
    void sixteen_business_hours_are_two_working_days() {
      assertThat(calendar.plus(copenhagen("2026-11-24T10:00"), hours(16))).isEqualTo(copenhagen("2026-11-26T10:00"));
    }

    @Test
    void skips_the_weekend() {
      assertThat(calendar.plus(copenhagen("2026-11-27T14:00"), hours(4))).isEqualTo(copenhagen("2026-11-30T10:00"));
    }

    @Test
    void counts_minutes_not_only_whole_hours() {
      assertThat(calendar.plus(copenhagen("2026-11-24T15:20"), Duration.ofMinutes(90)))
          .isEqualTo(copenhagen("2026-11-25T08:50"));
    }
  }

  @Nested
  class Starting_outside_working_hours {

    @Test
    void a_start_before_opening_counts_from_opening() {
      assertThat(calendar.plus(copenhagen("2026-11-24T06:30"), hours(2))).isEqualTo(copenhagen("2026-11-24T10:00"));
    }

    @Test
    void a_start_after_closing_counts_from_the_next_morning() {
      assertThat(calendar.plus(copenhagen("2026-11-24T17:00"), hours(2))).isEqualTo(copenhagen("2026-11-25T10:00"));
    }

    @Test
    void a_start_exactly_at_closing_counts_from_the_next_morning() {
      assertThat(calendar.plus(copenhagen("2026-11-24T16:00"), hours(2))).isEqualTo(copenhagen("2026-11-25T10:00"));
    }

    @Test
    void a_start_on_a_saturday_counts_from_monday_morning() {
      assertThat(calendar.plus(copenhagen("2026-11-28T11:00"), hours(2))).isEqualTo(copenhagen("2026-11-30T10:00"));
    }
  }

  @Nested
  class Danish_public_holidays {

    @Test
    void christmas_day_and_the_weekend_after_it_are_skipped() {
      // 2026-12-24 is a Thursday and a working day in law; the 25th is a Friday.
      assertThat(calendar.plus(copenhagen("2026-12-24T14:00"), hours(4))).isEqualTo(copenhagen("2026-12-28T10:00"));
    }

    @Test
    void easter_2027_closes_from_maundy_thursday_to_easter_monday() {
      assertThat(calendar.isWorkingDay(LocalDate.parse("2027-03-24"))).isTrue();
      assertThat(calendar.isWorkingDay(LocalDate.parse("2027-03-25"))).as("Maundy Thursday").isFalse();
      assertThat(calendar.isWorkingDay(LocalDate.parse("2027-03-26"))).as("Good Friday").isFalse();
      assertThat(calendar.isWorkingDay(LocalDate.parse("2027-03-29"))).as("Easter Monday").isFalse();
      assertThat(calendar.isWorkingDay(LocalDate.parse("2027-03-30"))).isTrue();
    }

    @Test
    void store_bededag_is_a_holiday_until_2023_and_a_working_day_since_its_abolition_in_2024() {
      assertThat(calendar.isWorkingDay(LocalDate.parse("2023-05-05"))).isFalse();
      assertThat(calendar.isWorkingDay(LocalDate.parse("2024-04-26"))).isTrue();
      assertThat(calendar.isWorkingDay(LocalDate.parse("2027-04-23"))).isTrue();
    }

    @Test
    void ascension_day_and_whit_monday_are_holidays() {
      assertThat(calendar.isWorkingDay(LocalDate.parse("2027-05-06"))).isFalse();
      assertThat(calendar.isWorkingDay(LocalDate.parse("2027-05-17"))).isFalse();
    }
  }

  @Nested
  class Company_closing_days {

    final BusinessCalendar withChristmasEveOff =
        new BusinessCalendar(WorkingTime.DEFAULT, Set.of(LocalDate.parse("2026-12-24")));

    @Test
    void a_closing_day_is_no_working_day() {
      assertThat(withChristmasEveOff.isWorkingDay(LocalDate.parse("2026-12-24"))).isFalse();
      assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-24"))).isTrue();
    }

    @Test
    void a_deadline_skips_a_closing_day_together_with_the_holiday_and_weekend_after_it() {
      assertThat(withChristmasEveOff.plus(copenhagen("2026-12-23T14:00"), hours(4)))
          .isEqualTo(copenhagen("2026-12-28T10:00"));
    }
  }

  @Nested
  class Daylight_saving_time {

    @Test
    void a_working_day_across_the_autumn_change_is_eight_hours_on_the_clock_and_one_more_in_real_time() {
      Instant friday = copenhagen("2026-10-23T12:00");

      Instant due = calendar.plus(friday, hours(8));

      assertThat(due).isEqualTo(copenhagen("2026-10-26T12:00"));
      assertThat(friday).isEqualTo(Instant.parse("2026-10-23T10:00:00Z"));
      assertThat(due).isEqualTo(Instant.parse("2026-10-26T11:00:00Z"));
      assertThat(Duration.between(friday, due)).isEqualTo(Duration.ofDays(3).plusHours(1));
    }

    @Test
    void a_working_day_across_the_spring_change_is_eight_hours_on_the_clock_and_one_less_in_real_time() {
      // 2027-03-28 is Easter Sunday as well: the Friday before and the Monday after are holidays too.
      Instant wednesday = copenhagen("2027-03-24T12:00");

      Instant due = calendar.plus(wednesday, hours(8));

      assertThat(due).isEqualTo(copenhagen("2027-03-30T12:00"));
      assertThat(wednesday).isEqualTo(Instant.parse("2027-03-24T11:00:00Z"));
      assertThat(due).isEqualTo(Instant.parse("2027-03-30T10:00:00Z"));
      assertThat(Duration.between(wednesday, due)).isEqualTo(Duration.ofDays(6).minusHours(1));
      assertThat(calendar.businessTimeBetween(wednesday, due)).isEqualTo(hours(8));
    }

    @Test
    void on_the_day_the_clocks_go_back_working_time_follows_the_clock() {
      BusinessCalendar nightShift = new BusinessCalendar(new WorkingTime(
          EnumSet.allOf(DayOfWeek.class), LocalTime.of(0, 0), LocalTime.of(6, 0), COPENHAGEN, "DK"));
      Instant midnight = copenhagen("2026-10-25T00:00");

      Instant end = nightShift.plus(midnight, hours(6));

      assertThat(end).isEqualTo(copenhagen("2026-10-25T06:00"));
      assertThat(Duration.between(midnight, end)).isEqualTo(hours(7));
    }

    @Test
    void a_start_in_the_repeated_hour_is_not_moved_back_to_its_first_occurrence() {
      BusinessCalendar nightShift = new BusinessCalendar(new WorkingTime(
          EnumSet.allOf(DayOfWeek.class), LocalTime.of(0, 0), LocalTime.of(6, 0), COPENHAGEN, "DK"));
      Instant secondTwoThirty = Instant.parse("2026-10-25T01:30:00Z");

      assertThat(nightShift.nextOpening(secondTwoThirty)).isEqualTo(secondTwoThirty);
      assertThat(nightShift.plus(secondTwoThirty, Duration.ofMinutes(10))).isEqualTo(Instant.parse("2026-10-25T01:40:00Z"));
    }
  }

  @Test
  void a_deadline_spanning_a_closing_day_holidays_a_weekend_and_the_spring_change() {
    BusinessCalendar withClosingDay = new BusinessCalendar(WorkingTime.DEFAULT, Set.of(LocalDate.parse("2027-03-31")));

    Instant due = withClosingDay.plus(copenhagen("2027-03-24T15:00"), hours(16));

    // 1 h on Wednesday 24th; Thursday to Monday closed (Easter, weekend, clocks change); 8 h Tuesday 30th;
    // Wednesday 31st closed by the company; the last 7 h on Thursday 1 April.
    assertThat(due).isEqualTo(copenhagen("2027-04-01T15:00"));
    assertThat(due).isEqualTo(Instant.parse("2027-04-01T13:00:00Z"));
  }

  @Nested
  class Next_opening {

    @Test
    void is_the_instant_itself_within_working_hours() {
      assertThat(calendar.nextOpening(copenhagen("2026-11-24T08:00"))).isEqualTo(copenhagen("2026-11-24T08:00"));
      assertThat(calendar.nextOpening(copenhagen("2026-11-24T15:59"))).isEqualTo(copenhagen("2026-11-24T15:59"));
    }

    @Test
    void is_the_same_morning_before_opening() {
      assertThat(calendar.nextOpening(copenhagen("2026-11-24T07:00"))).isEqualTo(copenhagen("2026-11-24T08:00"));
    }

    @Test
    void is_the_next_working_morning_from_closing_time_on() {
      assertThat(calendar.nextOpening(copenhagen("2026-11-24T16:00"))).isEqualTo(copenhagen("2026-11-25T08:00"));
      assertThat(calendar.nextOpening(copenhagen("2026-11-27T18:00"))).isEqualTo(copenhagen("2026-11-30T08:00"));
    }

    @Test
    void agrees_with_whether_it_is_working_time() {
      assertThat(calendar.isWorkingTime(copenhagen("2026-11-24T08:00"))).isTrue();
      assertThat(calendar.isWorkingTime(copenhagen("2026-11-24T16:00"))).isFalse();
      assertThat(calendar.isWorkingTime(copenhagen("2026-12-25T10:00"))).isFalse();
    }
  }

  @Nested
  class Start_of_next_business_day {

    @Test
    void is_the_next_morning_on_a_weekday() {
      assertThat(calendar.startOfNextBusinessDay(copenhagen("2026-11-24T07:00"))).isEqualTo(copenhagen("2026-11-25T08:00"));
    }

    @Test
    void is_monday_morning_from_a_friday_or_a_saturday() {
      assertThat(calendar.startOfNextBusinessDay(copenhagen("2026-11-27T10:00"))).isEqualTo(copenhagen("2026-11-30T08:00"));
      assertThat(calendar.startOfNextBusinessDay(copenhagen("2026-11-28T10:00"))).isEqualTo(copenhagen("2026-11-30T08:00"));
    }

    @Test
    void skips_a_weekend_and_the_holidays_around_it() {
      assertThat(calendar.startOfNextBusinessDay(copenhagen("2026-12-24T10:00"))).isEqualTo(copenhagen("2026-12-28T08:00"));
      assertThat(calendar.startOfNextBusinessDay(copenhagen("2027-03-24T15:00"))).isEqualTo(copenhagen("2027-03-30T08:00"));
    }
  }

  @Nested
  class Business_time_between {

    @ParameterizedTest(name = "{1} min from {0}")
    @CsvSource({
        "2026-11-24T09:00, 180",
        "2026-11-24T10:00, 360",
        "2026-11-24T06:30, 480",
        "2026-11-27T14:00, 240",
        "2026-11-28T11:00, 120",
        "2026-12-23T15:45, 1000",
        "2026-10-23T12:00, 480",
        "2027-03-24T12:00, 960",
        "2027-03-24T15:00, 2400",
    })
    void is_the_inverse_of_counting_working_time_forward(String start, long minutes) {
      Instant from = copenhagen(start);
      Duration businessTime = Duration.ofMinutes(minutes);

      assertThat(calendar.businessTimeBetween(from, calendar.plus(from, businessTime))).isEqualTo(businessTime);
    }

    @Test
    void counts_only_working_hours_of_working_days() {
      assertThat(calendar.businessTimeBetween(copenhagen("2026-11-27T14:00"), copenhagen("2026-11-30T10:00")))
          .isEqualTo(hours(4));
      assertThat(calendar.businessTimeBetween(copenhagen("2026-11-24T18:00"), copenhagen("2026-11-25T07:00")))
          .isZero();
    }

    @Test
    void is_negative_when_the_end_comes_first() {
      assertThat(calendar.businessTimeBetween(copenhagen("2026-11-24T12:00"), copenhagen("2026-11-24T09:00")))
          .isEqualTo(hours(-3));
    }
  }

  @Nested
  class Another_team_calendar {

    final BusinessCalendar dubai = new BusinessCalendar(new WorkingTime(
        EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
        LocalTime.of(9, 0), LocalTime.of(17, 0), ZoneId.of("Asia/Dubai"), "AE"));

    Instant dubai(String localDateTime) {
      return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Asia/Dubai")).toInstant();
    }

    @Test
    void works_sunday_to_thursday_in_its_own_zone() {
      assertThat(dubai.plus(dubai("2027-01-07T15:00"), hours(4))).isEqualTo(dubai("2027-01-10T11:00"));
      assertThat(dubai.isWorkingDay(LocalDate.parse("2027-01-10"))).as("a Sunday").isTrue();
      assertThat(dubai.isWorkingDay(LocalDate.parse("2027-01-08"))).as("a Friday").isFalse();
    }

    @Test
    void keeps_the_public_holidays_of_its_country_not_denmarks() {
      assertThat(dubai.isWorkingDay(LocalDate.parse("2027-12-02"))).as("UAE National Day").isFalse();
      assertThat(dubai.isWorkingDay(LocalDate.parse("2027-03-25"))).as("Danish Maundy Thursday").isTrue();
      assertThat(dubai.plus(dubai("2027-11-30T15:00"), hours(4))).isEqualTo(dubai("2027-12-05T11:00"));
    }
  }

  @Nested
  class Guards {

    @Test
    void a_working_time_without_working_days_is_refused() {
      assertThatIllegalArgumentException().isThrownBy(() -> new WorkingTime(
          Set.of(), LocalTime.of(8, 0), LocalTime.of(16, 0), COPENHAGEN, "DK"));
    }

    @Test
    void a_working_time_that_closes_before_it_opens_is_refused() {
      assertThatIllegalArgumentException().isThrownBy(() -> new WorkingTime(
          EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(16, 0), LocalTime.of(8, 0), COPENHAGEN, "DK"));
    }

    @Test
    void a_country_without_known_public_holidays_is_refused() {
      WorkingTime nowhere = new WorkingTime(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(8, 0), LocalTime.of(16, 0), COPENHAGEN, "XX");

      assertThatIllegalArgumentException().isThrownBy(() -> new BusinessCalendar(nowhere));
    }

    @Test
    void negative_business_time_is_refused() {
      assertThatIllegalArgumentException().isThrownBy(() -> calendar.plus(copenhagen("2026-11-24T09:00"), hours(-1)));
    }
  }
}
