package io.closedloop.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How pages show instants and deadlines ({@code ${@moments.time(x)}}): in the reader's time zone
 * and language, and as an SLA countdown ("due in 3 h 20 min", "forfalden for 2 d 4 t").
 */
@Component("moments")
public class Moments {

  /** A deadline this close is shown as due soon. */
  public static final Duration DUE_SOON = Duration.ofHours(4);

  private final Clock clock;
  private final MessageSource messages;

  Moments(Clock clock, MessageSource messages) {
    this.clock = clock;
    this.messages = messages;
  }

  /** Weekday, date and time of day: "Sun 6 Dec 10:15", "søn. 6. dec. 10.15". */
  public String time(Instant instant) {
    return format(instant, "common.format.time");
  }

  /** The date alone: "6 Dec 2026", "6. dec. 2026". */
  public String date(Instant instant) {
    return format(instant, "common.format.date");
  }

  /** The time of day alone: "10:15", "10.15". */
  public String clock(Instant instant) {
    return format(instant, "common.format.clock");
  }

  /** "due in 3 h 20 min", "overdue by 2 d 4 h", or "no deadline", in the reader's language. */
  public String countdown(Instant due) {
    if (due == null) {
      return text("common.due.none");
    }
    Duration left = Duration.between(clock.instant(), due);
    return left.isNegative() ? text("common.due.overdue", span(left.negated())) : text("common.due.in", span(left));
  }

  /** A span of time in words: "20 min", "3 h 20 min", "2 d 4 h". */
  public String span(Duration duration) {
    long minutes = duration.toMinutes();
    if (minutes < 60) {
      return text("common.span.minutes", minutes);
    }
    long hours = minutes / 60;
    if (hours < 24) {
      return text("common.span.hours", hours, minutes % 60);
    }
    return text("common.span.days", hours / 24, hours % 24);
  }

  /** The urgency of a deadline for its colour: overdue, due-soon or on-time. */
  public String urgency(Instant due) {
    if (due == null) {
      return "on-time";
    }
    Duration left = Duration.between(clock.instant(), due);
    return left.isNegative() ? "overdue" : left.compareTo(DUE_SOON) <= 0 ? "due-soon" : "on-time";
  }

  /** The reader's time zone. */
  public ZoneId zone() {
    return LocaleContextHolder.getTimeZone().toZoneId();
  }

  private String format(Instant instant, String patternKey) {
    if (instant == null) {
      return "";
    }
    Locale locale = LocaleContextHolder.getLocale();
    DateTimeFormatter formatter = DateTimeFormatter.ofPattern(messages.getMessage(patternKey, null, locale), locale);
    return formatter.format(instant.atZone(zone()));
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }
}
