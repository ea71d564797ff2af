package io.closedloop.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares and rates as fractions between 0 and 1 with four decimals; null when nothing was counted. */
public final class Ratio {

  private Ratio() {}

  public static BigDecimal of(long part, long whole) {
    if (whole == 0) {
      return null;
    }
    return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
  }

  /** Hours with one decimal, null stays null. */
  public static BigDecimal hours(Double hours) {
    return hours == null ? null : BigDecimal.valueOf(hours).setScale(1, RoundingMode.HALF_UP);
  }
}
