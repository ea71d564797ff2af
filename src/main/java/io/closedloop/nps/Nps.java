package io.closedloop.nps;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The Net Promoter Score of a set of 0-10 answers: 0-6 is a detractor, 7-8 a passive, 9-10 a promoter, and the
 * score is 100 x (promoters - detractors) / answers, rounded half away from zero from the exact value, null without
 * answers. The one home of the thresholds and the formula; the database counts the category stored with each
 * response (intake's {@code NpsCategory}), which is taken from these thresholds.
 */
public record Nps(long promoters, long passives, long detractors) {

  /** The highest answer that makes a detractor. */
  public static final int HIGHEST_DETRACTOR = 6;
  /** The lowest answer that makes a promoter. */
  public static final int LOWEST_PROMOTER = 9;
  /** No answers at all. */
  public static final Nps NONE = new Nps(0, 0, 0);

  public Nps {
    if (promoters < 0 || passives < 0 || detractors < 0) {
      throw new IllegalArgumentException("Counts of answers are never negative");
    }
  }

  /** Whether {@code score} (0-10) is a detractor's answer. */
  public static boolean isDetractor(int score) {
    return checked(score) <= HIGHEST_DETRACTOR;
  }

  /** Whether {@code score} (0-10) is a promoter's answer. */
  public static boolean isPromoter(int score) {
    return checked(score) >= LOWEST_PROMOTER;
  }

  public long responses() {
    return promoters + passives + detractors;
  }

  /** The score as a whole number between -100 and 100; null without answers. */
  public Integer whole() {
    return responses() == 0 ? null : score(0).intValueExact();
  }

  /** The score with one decimal; null without answers. */
  public BigDecimal oneDecimal() {
    return responses() == 0 ? null : score(1);
  }

  private BigDecimal score(int decimals) {
    return BigDecimal.valueOf(100L * (promoters - detractors)).divide(BigDecimal.valueOf(responses()), decimals, RoundingMode.HALF_UP);
  }

  private static int checked(int score) {
    if (score < 0 || score > 10) {
      throw new IllegalArgumentException("An NPS score is 0-10, not " + score);
    }
    return score;
  }
}
