package io.closedloop.metrics;

import io.closedloop.nps.Nps;
import java.math.BigDecimal;

/**
 * The NPS of a set of responses as the reports show it: the counts, the score as a whole number and with one decimal
 * (both by {@link Nps}), and the share of each category as a fraction of the responses.
 */
public record NpsFigures(long responses, long promoters, long passives, long detractors, Integer nps, BigDecimal npsExact,
    BigDecimal promoterShare, BigDecimal passiveShare, BigDecimal detractorShare) {

  public static final NpsFigures NONE = of(0, 0, 0);

  public static NpsFigures of(long promoters, long passives, long detractors) {
    Nps nps = new Nps(promoters, passives, detractors);
    long responses = nps.responses();
    return new NpsFigures(responses, promoters, passives, detractors, nps.whole(), nps.oneDecimal(),
        Ratio.of(promoters, responses), Ratio.of(passives, responses), Ratio.of(detractors, responses));
  }
}
