package io.closedloop.ideas;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * The NPS of a set of responses in a time window: 100 x (promoters - detractors) / responses,
 * one decimal, null when there are no responses (0-6 detractor, 9-10 promoter).
 */
public record Nps(Instant from, Instant to, long responses, long promoters, long detractors) {

  @com.fasterxml.jackson.annotation.JsonProperty("nps")
  public BigDecimal score() {
    if (responses == 0) {
      return null;
    }
    return BigDecimal.valueOf(100L * (promoters - detractors)).divide(BigDecimal.valueOf(responses), 1, RoundingMode.HALF_UP);
  }
}
