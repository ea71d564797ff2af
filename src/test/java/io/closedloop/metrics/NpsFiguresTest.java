package io.closedloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NpsFiguresTest {

  @Test
  void without_responses_there_is_no_nps() {
    NpsFigures none = NpsFigures.of(0, 0, 0);

    assertThat(none.nps()).isNull();
    assertThat(none.npsExact()).isNull();
    assertThat(none.promoterShare()).isNull();
  }

  @Test
  void only_passives_is_an_nps_of_zero() {
    assertThat(NpsFigures.of(0, 5, 0).nps()).isZero();
  }

  @Test
  void half_way_rounds_away_from_zero() {
    assertThat(NpsFigures.of(2, 5, 1).nps()).isEqualTo(13);
    assertThat(NpsFigures.of(1, 5, 2).nps()).isEqualTo(-13);
    assertThat(NpsFigures.of(1, 6, 1).nps()).isZero();
  }

  @Test
  void the_integer_is_rounded_from_the_exact_value_not_from_the_one_decimal() {
    // 100 x 623 / 5000 = 12.46: 12.5 with one decimal, but 12 as an integer.
    NpsFigures figures = NpsFigures.of(623, 4377, 0);

    assertThat(figures.npsExact()).isEqualByComparingTo("12.5");
    assertThat(figures.nps()).isEqualTo(12);
  }

  @Test
  void nps_stays_between_minus_and_plus_one_hundred_and_equals_the_formula_on_random_data() {
    Random random = new Random(20260401L);
    for (int i = 0; i < 20_000; i++) {
      int size = random.nextInt(i % 10 == 0 ? 5 : 2_000) + 1;
      long promoters = 0;
      long passives = 0;
      long detractors = 0;
      for (int response = 0; response < size; response++) {
        int score = random.nextInt(11);
        if (score >= 9) {
          promoters++;
        } else if (score >= 7) {
          passives++;
        } else {
          detractors++;
        }
      }
      NpsFigures figures = NpsFigures.of(promoters, passives, detractors);
      double exact = 100.0 * (promoters - detractors) / size;

      assertThat(figures.nps()).isBetween(-100, 100);
      assertThat(figures.npsExact()).isBetween(new BigDecimal("-100.0"), new BigDecimal("100.0"));
      assertThat(figures.responses()).isEqualTo(size);
      assertThat((double) figures.nps()).isCloseTo(exact, org.assertj.core.data.Offset.offset(0.5));
      assertThat(figures.npsExact().doubleValue()).isCloseTo(exact, org.assertj.core.data.Offset.offset(0.05));
      assertThat(Math.abs(figures.nps())).isEqualTo((int) Math.floor(Math.abs(exact) + 0.5 + 1e-9));
    }
  }
}
