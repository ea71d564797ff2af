package io.closedloop.intake;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which responses the NPS figures count: every response, but the answers to a re-survey (responses
 * that follow up a case) only when {@code closedloop.resurvey.count-in-nps} is on. They are left out
 * by default, because a customer asked again after a call-back is not a fresh sample: counting them
 * would lift the score by the work of closing the loop. The rollup keeps them apart
 * ({@code nps_daily.follow_up}, filled by the triggers of {@code R__metrics_read_models.sql}).
 */
@Component
public class NpsCounting {

  private final boolean followUpsCounted;

  NpsCounting(@Value("${closedloop.resurvey.count-in-nps:false}") boolean followUpsCounted) {
    this.followUpsCounted = followUpsCounted;
  }

  public boolean followUpsCounted() {
    return followUpsCounted;
  }

  /** The SQL condition on {@code nps_daily} rows that keeps to the counted responses. */
  public String rollupCondition() {
    return followUpsCounted ? "true" : "not follow_up";
  }

  /** The SQL condition on {@code response} rows (under {@code alias}) that keeps to the counted responses. */
  public String responseCondition(String alias) {
    return followUpsCounted ? "true" : alias + ".follows_up_case is null";
  }
}
