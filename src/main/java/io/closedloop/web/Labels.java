package io.closedloop.web;

import io.closedloop.cases.RootCauses;
import io.closedloop.intake.ReferenceData;
import io.closedloop.intake.ReferenceKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Readable, translated labels for what is stored as a code ({@code ${@labels.of(status)}}: IN_PROGRESS
 * becomes "In progress" or "I gang"; {@code ${@labels.rootCause('service.waiting-time')}} "Waiting time"
 * or "Ventetid"). Labels of codes are read at most every few seconds.
 */
@Component("labels")
public class Labels {

  static final Duration FRESH_FOR = Duration.ofSeconds(10);

  private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

  private final MessageSource messages;
  private final RootCauses rootCauses;
  private final ReferenceData referenceData;
  private final Clock clock;
  private final Map<String, Read> read = new ConcurrentHashMap<>();

  Labels(MessageSource messages, RootCauses rootCauses, ReferenceData referenceData, Clock clock) {
    this.messages = messages;
    this.rootCauses = rootCauses;
    this.referenceData = referenceData;
    this.clock = clock;
  }

  /** The label of an enum value, from the {@code enum.<Type>.<VALUE>} message, else its name in words. */
  public String of(Enum<?> value) {
    if (value == null) {
      return "";
    }
    String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    return messages.getMessage(key, null, inWords(value.name()), locale());
  }

  /** The label of a root cause; its code when it is not in the taxonomy. */
  public String rootCause(String code) {
    if (code == null) {
      return "";
    }
    Locale locale = locale();
    return cached("root-cause|" + locale.getLanguage(), () -> rootCauses.labels(locale)).getOrDefault(code, code);
  }

  /** The label of a reference code of a kind (TOUCHPOINT, TEAM, ...); the code itself when it has none. */
  public String code(String kind, String code) {
    if (code == null) {
      return "";
    }
    ReferenceKind referenceKind = ReferenceKind.valueOf(kind);
    Locale locale = locale();
    return cached(kind + "|" + locale.getLanguage(), () -> referenceData.labels(referenceKind, locale)).getOrDefault(code, code);
  }

  /** An ISO week such as {@code 2026-W38} as "Week 38, 2026"; anything else as it is. */
  public String week(String isoWeek) {
    Matcher week = isoWeek == null ? null : ISO_WEEK.matcher(isoWeek);
    if (week == null || !week.matches()) {
      return isoWeek == null ? "" : isoWeek;
    }
    return messages.getMessage("common.week", new Object[] {Integer.parseInt(week.group(2)), week.group(1)}, locale());
  }

  private Map<String, String> cached(String key, Supplier<Map<String, String>> load) {
    Instant now = clock.instant();
    Read last = read.get(key);
    if (last != null && now.isBefore(last.at().plus(FRESH_FOR))) {
      return last.labels();
    }
    Map<String, String> labels = load.get();
    read.put(key, new Read(labels, now));
    return labels;
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }

  private static String inWords(String name) {
    String words = name.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private record Read(Map<String, String> labels, Instant at) {}
}
