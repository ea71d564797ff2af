package io.closedloop.ideas;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NpsTest {

  private final Instant from = Instant.parse("2026-01-01T00:00:00Z");
  private final Instant to = Instant.parse("2026-02-12T00:00:00Z");

  @Test
  void is_promoters_minus_detractors_per_hundred_responses_with_one_decimal() {
    assertThat(new Nps(from, to, 3, 2, 1).score()).isEqualByComparingTo(new BigDecimal("33.3"));
    assertThat(new Nps(from, to, 4, 0, 4).score()).isEqualByComparingTo(new BigDecimal("-100"));
  }

  @Test
  void is_null_without_responses() {
    assertThat(new Nps(from, to, 0, 0, 0).score()).isNull();
  }
}
