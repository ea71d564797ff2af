package io.closedloop.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How pages show instants and deadlines ({@code ${@moments.time(x)}}): in the office's zone, and as an SLA countdown. */
@Component("moments")
public class Moments {

  /** A deadline this close is shown as due soon. */
  public static final Duration DUE_SOON = Duration.ofHours(4);

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

  private final Clock clock;
  private final ZoneId zone;

  Moments(Clock clock, @Value("${closedloop.ui.zone:Europe/Copenhagen}") ZoneId zone) {
    this.clock = clock;
    this.zone = zone;
  }

  public String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant.atZone(zone));
  }

  /** "due in 3 h 20 min", "overdue by 2 d 4 h", or "no deadline". */
  public String countdown(Instant due) {
    if (due == null) {
      return "no deadline";
    }
    Duration left = Duration.between(clock.instant(), due);
    return left.isNegative() ? "overdue by " + span(left.negated()) : "due in " + span(left);
  }

  /** The urgency of a deadline for its colour: overdue, due-soon or on-time. */
  public String urgency(Instant due) {
    if (due == null) {
      return "on-time";
    }
    Duration left = Duration.between(clock.instant(), due);
    return left.isNegative() ? "overdue" : left.compareTo(DUE_SOON) <= 0 ? "due-soon" : "on-time";
  }

  public ZoneId zone() {
    return zone;
  }

  private static String span(Duration duration) {
    long minutes = duration.toMinutes();
    if (minutes < 60) {
      return minutes + " min";
    }
    long hours = minutes / 60;
    if (hours < 24) {
      return hours + " h " + (minutes % 60) + " min";
    }
    return (hours / 24) + " d " + (hours % 24) + " h";
  }
}
