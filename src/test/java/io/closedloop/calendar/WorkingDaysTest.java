package io.closedloop.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

  @Test
  void are_stored_as_three_letter_names_in_week_order() {
    assertThat(WorkingDays.format(EnumSet.of(DayOfWeek.THURSDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY))).isEqualTo("MON,THU,SUN");
    assertThat(WorkingDays.format(WorkingTime.DEFAULT.workingDays())).isEqualTo("MON,TUE,WED,THU,FRI");
  }

  @Test
  void are_read_back_whatever_the_case_and_spacing() {
    assertThat(WorkingDays.parse("sun, Mon,TUE")).containsExactlyInAnyOrder(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
  }

  @Test
  void refuse_a_name_that_is_no_day() {
    assertThatIllegalArgumentException().isThrownBy(() -> WorkingDays.parse("MON,FUN"));
    assertThatIllegalArgumentException().isThrownBy(() -> WorkingDays.parse("MONDAY"));
  }
}
