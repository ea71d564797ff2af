package io.closedloop.resurvey;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When a closed case's customer is asked again ({@code closedloop.resurvey.*}): {@code delay} after
 * the case closed (default {@code P14D}, calendar days), with a link good for {@code link-life}
 * (default {@code P14D}). Whether the answers count in the NPS figures is {@code count-in-nps}, read
 * by {@link io.closedloop.intake.NpsCounting}.
 */
@ConfigurationProperties("closedloop.resurvey")
public record ReSurveySettings(Duration delay, Duration linkLife) {

  public ReSurveySettings {
    delay = delay == null ? Duration.ofDays(14) : delay;
    linkLife = linkLife == null ? Duration.ofDays(14) : linkLife;
  }
}
