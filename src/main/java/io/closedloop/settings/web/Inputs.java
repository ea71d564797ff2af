package io.closedloop.settings.web;

import io.closedloop.shared.InvalidInputException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** Reads what a settings form sent as text, so a value that is no number, time, date or zone is rejected beside its field, not as a broken page. */
final class Inputs {

  private Inputs() {}

  static int number(String field, String text) {
    try {
      return Integer.parseInt(text == null ? "" : text.strip());
    } catch (NumberFormatException notANumber) {
      throw new InvalidInputException(field, "must be a whole number");
    }
  }

  static LocalTime time(String field, String text) {
    try {
      return LocalTime.parse(text == null ? "" : text.strip());
    } catch (DateTimeException notATime) {
      throw new InvalidInputException(field, "must be a time of day, e.g. 08:00");
    }
  }

  static LocalDate date(String field, String text) {
    try {
      return LocalDate.parse(text == null ? "" : text.strip());
    } catch (DateTimeException notADate) {
      throw new InvalidInputException(field, "must be a date, e.g. 2026-12-24");
    }
  }

  static ZoneId zone(String field, String text) {
    try {
      return ZoneId.of(text == null ? "" : text.strip());
    } catch (DateTimeException notAZone) {
      throw new InvalidInputException(field, "must be a time zone, e.g. Europe/Copenhagen");
    }
  }

  static String orNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
