package io.closedloop.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The re-survey figures of a period, in total and for the customers whom calling back reached
 * against those it did not (cases closed unreachable); {@code reachedAdvantage} is the difference of
 * their shares now passive or promoter (reached minus not reached, a fraction of four decimals,
 * from the exact shares), null unless both are known: what calling back is worth, measured.
 */
public record ReSurveyReport(LocalDate from, LocalDate to, ReSurveyFigures total, ReSurveyFigures reached,
    ReSurveyFigures notReached, BigDecimal reachedAdvantage) {

  static ReSurveyReport of(Period period, ReSurveyFigures reached, ReSurveyFigures notReached) {
    BigDecimal advantage = reached.answered() == 0 || notReached.answered() == 0 ? null
        : Ratio.of(reached.nowPassiveOrPromoter() * notReached.answered() - notReached.nowPassiveOrPromoter() * reached.answered(),
            reached.answered() * notReached.answered());
    return new ReSurveyReport(period.from(), period.to(), reached.plus(notReached), reached, notReached, advantage);
  }
}
