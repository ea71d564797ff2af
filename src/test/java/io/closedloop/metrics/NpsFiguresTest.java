package io.closedloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NpsFiguresTest {

  @Test
  void without_responses_there_is_no_nps_and_no_shares() {
    NpsFigures none = NpsFigures.of(0, 0, 0);

    assertThat(none.nps()).isNull();
    assertThat(none.npsExact()).isNull();
    assertThat(none.promoterShare()).isNull();
  }

  @Test
  void shows_the_score_whole_and_with_one_decimal_and_the_share_of_each_category() {
    // 100 x 623 / 5000 = 12.46
    NpsFigures figures = NpsFigures.of(623, 4377, 0);

    assertThat(figures.responses()).isEqualTo(5000);
    assertThat(figures.nps()).isEqualTo(12);
    assertThat(figures.npsExact()).isEqualByComparingTo("12.5");
    assertThat(figures.promoterShare()).isEqualByComparingTo("0.1246");
    assertThat(figures.passiveShare()).isEqualByComparingTo("0.8754");
    assertThat(figures.detractorShare()).isEqualByComparingTo("0");
  }
}
