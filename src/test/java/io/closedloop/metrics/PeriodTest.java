package io.closedloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.closedloop.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-04-30");

  @Test
  void by_default_the_period_is_the_last_ninety_days_including_today() {
    Period period = Period.parse(null, null, TODAY);

    assertThat(period.to()).isEqualTo(TODAY);
    assertThat(period.from()).isEqualTo(LocalDate.parse("2026-01-31"));
  }

  @Test
  void both_ends_are_inclusive_utc_days() {
    Period day = Period.parse("2026-03-01", "2026-03-01", TODAY);

    assertThat(day.start()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
    assertThat(day.end()).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
  }

  @Test
  void a_wrong_date_or_an_end_before_the_start_names_the_field() {
    assertThatThrownBy(() -> Period.parse("yesterday", null, TODAY))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("from"));
    assertThatThrownBy(() -> Period.parse("2026-03-02", "2026-03-01", TODAY))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("to"));
  }

  @Test
  void group_by_accepts_owner_only_for_case_figures() {
    assertThat(GroupBy.parse("owner", true)).isEqualTo(GroupBy.OWNER);
    assertThat(GroupBy.parse("Touchpoint", false)).isEqualTo(GroupBy.TOUCHPOINT);
    assertThat(GroupBy.parse(" ", false)).isNull();
    assertThatThrownBy(() -> GroupBy.parse("owner", false)).isInstanceOf(InvalidInputException.class);
  }
}
