package io.closedloop.metrics;

import io.closedloop.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** A period of UTC days, both ends inclusive; by default the last 90 days up to today. */
public record Period(LocalDate from, LocalDate to) {

  static final int DEFAULT_DAYS = 90;
  static final int MAX_DAYS = 366 * 10;

  public Period {
    if (from.isAfter(to)) {
      throw new InvalidInputException("to", "must not be before from");
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw new InvalidInputException("to", "must be at most ten years after from");
    }
  }

  /** Parses the {@code from} and {@code to} parameters, each optional, naming the field that is wrong. */
  public static Period parse(String from, String to, LocalDate today) {
    LocalDate end = blank(to) ? null : date("to", to);
    LocalDate start = blank(from) ? null : date("from", from);
    if (end == null) {
      end = start == null || !start.isAfter(today) ? today : start.plusDays(DEFAULT_DAYS - 1);
    }
    if (start == null) {
      start = end.minusDays(DEFAULT_DAYS - 1);
    }
    return new Period(start, end);
  }

  public static Period lastDays(int days, LocalDate today) {
    return new Period(today.minusDays(days - 1), today);
  }

  /** The first instant of the period. */
  public Instant start() {
    return from.atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  /** The first instant after the period. */
  public Instant end() {
    return to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  /** The part of this period that lies within {@code other}. */
  public Period within(LocalDate otherFrom, LocalDate otherTo) {
    LocalDate start = from.isAfter(otherFrom) ? from : otherFrom;
    LocalDate end = to.isBefore(otherTo) ? to : otherTo;
    return new Period(start, end);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static LocalDate date(String field, String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "must be a date like 2026-03-31");
    }
  }
}
