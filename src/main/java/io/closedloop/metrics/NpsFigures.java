package io.closedloop.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The NPS of a set of responses: 100 x (promoters - detractors) / responses, as an integer and
 * with one decimal, both rounded half away from zero from the exact value; null without responses.
 * Shares of each category are fractions of the responses.
 */
public record NpsFigures(long responses, long promoters, long passives, long detractors, Integer nps, BigDecimal npsExact,
    BigDecimal promoterShare, BigDecimal passiveShare, BigDecimal detractorShare) {

  public static final NpsFigures NONE = of(0, 0, 0);

  public static NpsFigures of(long promoters, long passives, long detractors) {
    long responses = promoters + passives + detractors;
    return new NpsFigures(responses, promoters, passives, detractors, rounded(promoters, detractors, responses, 0),
        exact(promoters, detractors, responses), Ratio.of(promoters, responses), Ratio.of(passives, responses),
        Ratio.of(detractors, responses));
  }

  private static Integer rounded(long promoters, long detractors, long responses, int decimals) {
    return responses == 0 ? null : score(promoters, detractors, responses, decimals).intValueExact();
  }

  private static BigDecimal exact(long promoters, long detractors, long responses) {
    return responses == 0 ? null : score(promoters, detractors, responses, 1);
  }

  private static BigDecimal score(long promoters, long detractors, long responses, int decimals) {
    return BigDecimal.valueOf(100L * (promoters - detractors)).divide(BigDecimal.valueOf(responses), decimals, RoundingMode.HALF_UP);
  }
}
