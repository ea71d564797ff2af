package io.closedloop.intake;

/** Where a 0-10 answer falls: 0-6 detractor, 7-8 passive, 9-10 promoter. */
public enum NpsCategory {
  DETRACTOR, PASSIVE, PROMOTER;

  public static NpsCategory of(int score) {
    if (score < 0 || score > 10) {
      throw new IllegalArgumentException("An NPS score is 0-10, not " + score);
    }
    if (score <= 6) {
      return DETRACTOR;
    }
    return score <= 8 ? PASSIVE : PROMOTER;
  }
}
