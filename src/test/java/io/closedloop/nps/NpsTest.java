package io.closedloop.nps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NpsTest {

  @Test
  void six_is_the_highest_detractor_and_seven_is_not_one() {
    assertThat(Nps.isDetractor(6)).isTrue();
    assertThat(Nps.isDetractor(7)).isFalse();
    assertThat(Nps.isDetractor(0)).isTrue();
  }

  @Test
  void nine_is_the_lowest_promoter_and_eight_is_not_one() {
    assertThat(Nps.isPromoter(9)).isTrue();
    assertThat(Nps.isPromoter(8)).isFalse();
    assertThat(Nps.isPromoter(10)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 11})
  void a_score_outside_0_to_10_is_refused(int score) {
    assertThatIllegalArgumentException().isThrownBy(() -> Nps.isDetractor(score)).withMessageContaining(String.valueOf(score));
    assertThatIllegalArgumentException().isThrownBy(() -> Nps.isPromoter(score)).withMessageContaining(String.valueOf(score));
  }

  @Test
  void without_answers_there_is_no_score() {
    assertThat(Nps.NONE.responses()).isZero();
    assertThat(Nps.NONE.whole()).isNull();
    assertThat(Nps.NONE.oneDecimal()).isNull();
  }

  @Test
  void is_promoters_minus_detractors_per_hundred_answers() {
    assertThat(new Nps(2, 0, 1).oneDecimal()).isEqualByComparingTo("33.3");
    assertThat(new Nps(0, 0, 4).whole()).isEqualTo(-100);
    assertThat(new Nps(3, 0, 0).whole()).isEqualTo(100);
  }

  @Test
  void only_passives_is_a_score_of_zero() {
    assertThat(new Nps(0, 5, 0).whole()).isZero();
  }

  @Test
  void half_way_rounds_away_from_zero() {
    assertThat(new Nps(2, 5, 1).whole()).isEqualTo(13);
    assertThat(new Nps(1, 5, 2).whole()).isEqualTo(-13);
    assertThat(new Nps(1, 6, 1).whole()).isZero();
    // 100 x 1 / 16 = 6.25
    assertThat(new Nps(1, 15, 0).oneDecimal()).isEqualByComparingTo("6.3");
    assertThat(new Nps(0, 15, 1).oneDecimal()).isEqualByComparingTo("-6.3");
  }

  @Test
  void the_whole_number_is_rounded_from_the_exact_value_not_from_the_one_decimal() {
    // 100 x 623 / 5000 = 12.46: 12.5 with one decimal, but 12 as a whole number.
    Nps nps = new Nps(623, 4377, 0);

    assertThat(nps.oneDecimal()).isEqualByComparingTo("12.5");
    assertThat(nps.whole()).isEqualTo(12);
  }

  @Test
  void negative_counts_are_refused() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Nps(-1, 0, 0));
  }

  @Test
  void stays_between_minus_and_plus_one_hundred_and_equals_the_formula_on_random_data() {
    Random random = new Random(20260401L);
    for (int i = 0; i < 20_000; i++) {
      int size = random.nextInt(i % 10 == 0 ? 5 : 2_000) + 1;
      long promoters = 0;
      long passives = 0;
      long detractors = 0;
      for (int answer = 0; answer < size; answer++) {
        int score = random.nextInt(11);
        if (Nps.isPromoter(score)) {
          promoters++;
        } else if (Nps.isDetractor(score)) {
          detractors++;
        } else {
          passives++;
        }
      }
      Nps nps = new Nps(promoters, passives, detractors);
      double exact = 100.0 * (promoters - detractors) / size;

      assertThat(nps.responses()).isEqualTo(size);
      assertThat(nps.whole()).isBetween(-100, 100);
      assertThat(nps.oneDecimal()).isBetween(new BigDecimal("-100.0"), new BigDecimal("100.0"));
      assertThat(nps.oneDecimal().doubleValue()).isCloseTo(exact, Offset.offset(0.05));
      assertThat(Math.abs(nps.whole())).isEqualTo((int) Math.floor(Math.abs(exact) + 0.5 + 1e-9));
    }
  }
}
