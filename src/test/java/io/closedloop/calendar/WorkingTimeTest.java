package io.closedloop.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingTimeTest {

  @Test
  void the_default_is_monday_to_friday_eight_to_four_in_copenhagen_with_danish_holidays() {
    WorkingTime standard = WorkingTime.standard();

    assertThat(standard.workingDays()).containsExactlyInAnyOrder(
        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    assertThat(standard.opensAt()).isEqualTo(LocalTime.of(8, 0));
    assertThat(standard.closesAt()).isEqualTo(LocalTime.of(16, 0));
    assertThat(standard.zone()).isEqualTo(ZoneId.of("Europe/Copenhagen"));
    assertThat(standard.country()).isEqualTo("DK");
    assertThat(standard.workingDay()).isEqualTo(Duration.ofHours(8));
  }

  @Test
  void keeps_its_own_copy_of_the_working_days() {
    Set<DayOfWeek> days = new HashSet<>(Set.of(DayOfWeek.MONDAY));
    WorkingTime workingTime = new WorkingTime(days, LocalTime.of(8, 0), LocalTime.of(16, 0), ZoneId.of("UTC"), "dk");
    days.add(DayOfWeek.SUNDAY);

    assertThat(workingTime.workingDays()).containsExactly(DayOfWeek.MONDAY);
    assertThat(workingTime.country()).isEqualTo("DK");
  }

  @Test
  void refuses_a_country_that_is_no_two_letter_code() {
    assertThatIllegalArgumentException().isThrownBy(() -> new WorkingTime(
        EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(8, 0), LocalTime.of(16, 0), ZoneId.of("UTC"), "DNK"));
  }

  @Test
  void refuses_equal_opening_and_closing_times() {
    assertThatIllegalArgumentException().isThrownBy(() -> new WorkingTime(
        EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(8, 0), LocalTime.of(8, 0), ZoneId.of("UTC"), "DK"));
  }

  @Test
  void names_the_part_that_cannot_be_so_a_form_can_show_it_beside_its_field() {
    LocalTime eight = LocalTime.of(8, 0);
    ZoneId zone = ZoneId.of("Europe/Copenhagen");

    assertThat(fieldAtFault(() -> new WorkingTime(EnumSet.noneOf(DayOfWeek.class), eight, LocalTime.of(16, 0), zone, "DK")))
        .isEqualTo("workingDays");
    assertThat(fieldAtFault(() -> new WorkingTime(EnumSet.of(DayOfWeek.MONDAY), eight, eight, zone, "DK"))).isEqualTo("closesAt");
    assertThat(fieldAtFault(() -> new WorkingTime(EnumSet.of(DayOfWeek.MONDAY), eight, LocalTime.of(16, 0), zone, "Denmark")))
        .isEqualTo("country");
    assertThat(fieldAtFault(() -> new BusinessCalendar(new WorkingTime(EnumSet.of(DayOfWeek.MONDAY), eight, LocalTime.of(16, 0), zone, "QQ"))))
        .isEqualTo("country");
  }

  @Test
  void the_countries_a_calendar_can_keep_are_iso_codes_with_known_holidays() {
    assertThat(PublicHolidays.countries()).contains("DK", "NO", "SE", "DE").allSatisfy(code -> assertThat(code).matches("[A-Z]{2}"));
  }

  private static String fieldAtFault(Runnable making) {
    try {
      making.run();
    } catch (InvalidWorkingTime invalid) {
      return invalid.field();
    }
    throw new AssertionError("no InvalidWorkingTime thrown");
  }
}
