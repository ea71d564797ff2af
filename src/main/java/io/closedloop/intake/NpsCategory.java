package io.closedloop.intake;

import io.closedloop.nps.Nps;

/** Where a 0-10 answer falls, by the thresholds of {@link Nps}; stored with each response as {@code response.category}. */
public enum NpsCategory {
  DETRACTOR, PASSIVE, PROMOTER;

  public static NpsCategory of(int score) {
    if (Nps.isDetractor(score)) {
      return DETRACTOR;
    }
    return Nps.isPromoter(score) ? PROMOTER : PASSIVE;
  }
}
