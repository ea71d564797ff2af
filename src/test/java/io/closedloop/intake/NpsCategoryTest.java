package io.closedloop.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NpsCategoryTest {

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
  void a_score_from_0_to_6_is_a_detractor(int score) {
    assertThat(NpsCategory.of(score)).isEqualTo(NpsCategory.DETRACTOR);
  }

  @ParameterizedTest
  @ValueSource(ints = {7, 8})
  void a_score_of_7_or_8_is_a_passive(int score) {
    assertThat(NpsCategory.of(score)).isEqualTo(NpsCategory.PASSIVE);
  }

  @ParameterizedTest
  @ValueSource(ints = {9, 10})
  void a_score_of_9_or_10_is_a_promoter(int score) {
    assertThat(NpsCategory.of(score)).isEqualTo(NpsCategory.PROMOTER);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 11, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void a_score_outside_0_to_10_has_no_category(int score) {
    assertThatIllegalArgumentException().isThrownBy(() -> NpsCategory.of(score))
        .withMessageContaining(String.valueOf(score));
  }
}
