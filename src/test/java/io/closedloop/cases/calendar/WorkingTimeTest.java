package io.closedloop.cases.calendar;

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
}
