package io.closedloop.metrics;

import java.math.BigDecimal;

/**
 * How the re-surveys sent in a period went, for one group of customers: sent, answered, the
 * response rate (answered of sent), and how many of those who answered (each a detractor when the
 * case opened) are now passives or promoters, with that share of the answered. Shares are fractions
 * (0-1), null when nothing was counted.
 */
public record ReSurveyFigures(long sent, long answered, BigDecimal responseRate, long nowPassiveOrPromoter,
    BigDecimal nowPassiveOrPromoterShare) {

  public static final ReSurveyFigures NONE = of(0, 0, 0);

  public static ReSurveyFigures of(long sent, long answered, long nowPassiveOrPromoter) {
    return new ReSurveyFigures(sent, answered, Ratio.of(answered, sent), nowPassiveOrPromoter, Ratio.of(nowPassiveOrPromoter, answered));
  }

  ReSurveyFigures plus(ReSurveyFigures other) {
    return of(sent + other.sent, answered + other.answered, nowPassiveOrPromoter + other.nowPassiveOrPromoter);
  }
}
