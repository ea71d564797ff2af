package io.closedloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.closedloop.shared.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeBucketsTest {

  private static final Period MARCH_TO_APRIL = new Period(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-04-05"));

  @Test
  void weeks_are_iso_weeks_from_monday_with_the_week_based_year() {
    assertThat(TimeBuckets.keyOf(GroupBy.WEEK, LocalDate.parse("2026-04-01"))).isEqualTo("2026-W14");
    assertThat(TimeBuckets.keyOf(GroupBy.WEEK, LocalDate.parse("2027-01-01"))).isEqualTo("2026-W53");
    assertThat(TimeBuckets.startOf(GroupBy.WEEK, LocalDate.parse("2026-04-05"))).isEqualTo("2026-03-30");
  }

  @Test
  void every_bucket_touching_the_period_is_listed_even_when_partly_outside() {
    assertThat(TimeBuckets.starts(GroupBy.WEEK, MARCH_TO_APRIL)).first().isEqualTo(LocalDate.parse("2026-02-23"));
    assertThat(TimeBuckets.starts(GroupBy.WEEK, MARCH_TO_APRIL)).hasSize(6);
    assertThat(TimeBuckets.starts(GroupBy.MONTH, MARCH_TO_APRIL)).containsExactly(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-04-01"));
  }

  @Test
  void a_key_names_its_days_within_the_period() {
    assertThat(TimeBuckets.bucket(GroupBy.WEEK, "2026-W14", MARCH_TO_APRIL))
        .isEqualTo(new Period(LocalDate.parse("2026-03-30"), LocalDate.parse("2026-04-05")));
    assertThat(TimeBuckets.bucket(GroupBy.WEEK, "2026-W09", MARCH_TO_APRIL))
        .isEqualTo(new Period(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-01")));
    assertThat(TimeBuckets.bucket(GroupBy.MONTH, "2026-04", MARCH_TO_APRIL))
        .isEqualTo(new Period(LocalDate.parse("2026-04-01"), LocalDate.parse("2026-04-05")));
  }

  @Test
  void a_malformed_or_outside_key_is_refused_on_the_key_field() {
    assertThatThrownBy(() -> TimeBuckets.bucket(GroupBy.WEEK, "2026-14", MARCH_TO_APRIL))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("key"));
    assertThatThrownBy(() -> TimeBuckets.bucket(GroupBy.MONTH, "2026-07", MARCH_TO_APRIL)).isInstanceOf(InvalidInputException.class);
  }
}
