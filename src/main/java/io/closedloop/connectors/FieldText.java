package io.closedloop.connectors;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value as survey tools write it, brought to the shape intake reads: a score labelled
 * {@code "10 - Extremely likely"} is {@code 10}, a language tag {@code EN-GB} is {@code en}, and
 * the tools' date formats ({@code 2026-03-02 10:15:42}, {@code 03/02/2026 10:15:42 AM}, Unix
 * seconds) are ISO-8601 instants. Anything else is passed on as it is, for intake to name the field.
 */
final class FieldText {

  private static final Pattern LABELLED_SCORE = Pattern.compile("\\s*(\\d{1,2})(?:\\.0+)?(?:\\s*[-–:(].*)?\\s*");
  private static final Pattern LANGUAGE_TAG = Pattern.compile("([A-Za-z]{2})(?:[-_][A-Za-z0-9-]*)?");
  private static final Pattern UNIX_SECONDS = Pattern.compile("\\d{9,10}");
  private static final List<DateTimeFormatter> LOCAL_TIMES = List.of(
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT),
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT),
      DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm:ss a", Locale.US),
      DateTimeFormatter.ofPattern("MM/dd/yyyy h:mm:ss a", Locale.US),
      DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss", Locale.ROOT),
      DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm", Locale.ROOT));
  private static final List<DateTimeFormatter> ZONED_TIMES = List.of(
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z", Locale.ROOT),
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT));

  private FieldText() {}

  /** {@code value} of {@code field}, in the shape intake reads; {@code zone} is where a time without an offset was written. */
  static String normalize(String field, String value, ZoneId zone) {
    if (value == null) {
      return null;
    }
    return switch (field) {
      case "score" -> score(value);
      case "language" -> language(value);
      case "answeredAt" -> instant(value, zone);
      default -> value;
    };
  }

  private static String score(String value) {
    Matcher labelled = LABELLED_SCORE.matcher(value);
    return labelled.matches() ? String.valueOf(Integer.parseInt(labelled.group(1))) : value;
  }

  private static String language(String value) {
    Matcher tag = LANGUAGE_TAG.matcher(value.strip());
    return tag.matches() ? tag.group(1).toLowerCase(Locale.ROOT) : value;
  }

  private static String instant(String value, ZoneId zone) {
    String text = value.strip();
    try {
      return OffsetDateTime.parse(text).toInstant().toString();
    } catch (DateTimeParseException notIso) {
      // one of the tools' own formats, below
    }
    if (UNIX_SECONDS.matcher(text).matches()) {
      return Instant.ofEpochSecond(Long.parseLong(text)).toString();
    }
    for (DateTimeFormatter format : ZONED_TIMES) {
      try {
        return ZonedDateTime.parse(text, format).toInstant().toString();
      } catch (DateTimeParseException next) {
        // try the next format
      }
    }
    for (DateTimeFormatter format : LOCAL_TIMES) {
      try {
        return LocalDateTime.parse(text, format).atZone(zone).toInstant().toString();
      } catch (DateTimeParseException next) {
        // try the next format
      }
    }
    return value;
  }
}
