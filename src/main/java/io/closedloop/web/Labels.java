package io.closedloop.web;

import io.closedloop.reference.RootCauses;
import io.closedloop.reference.ReferenceData;
import io.closedloop.reference.ReferenceKind;
import io.closedloop.shared.TransactionScoped;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Readable, translated labels for what is stored as a code ({@code ${@labels.of(status)}}: IN_PROGRESS
 * becomes "In progress" or "I gang"; {@code ${@labels.rootCause('service.waiting-time')}} "Waiting time"
 * or "Ventetid"). Labels of codes are read once per request.
 */
@Component("labels")
public class Labels {

  private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

  private final MessageSource messages;
  private final RootCauses rootCauses;
  private final ReferenceData referenceData;

  Labels(MessageSource messages, RootCauses rootCauses, ReferenceData referenceData) {
    this.messages = messages;
    this.rootCauses = rootCauses;
    this.referenceData = referenceData;
  }

  /** The label of an enum value, from the {@code enum.<Type>.<VALUE>} message, else its name in words. */
  public String of(Enum<?> value) {
    if (value == null) {
      return "";
    }
    return ofEnum(value.getDeclaringClass().getSimpleName(), value.name());
  }

  /** The label of a stored enum value known by its type's simple name, e.g. {@code ("Channel", "PHONE")}. */
  public String ofEnum(String type, String name) {
    if (name == null) {
      return "";
    }
    return messages.getMessage("enum." + type + "." + name, null, inWords(name), locale());
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

  /**
   * Labels read once per request (a page of a hundred rows asks once), or outside a request once per
   * transaction (an escalation mailing several people), and fresh on the next one.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, String> cached(String key, Supplier<Map<String, String>> load) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null) {
      return TransactionScoped.value(Labels.class, HashMap<String, Map<String, String>>::new)
          .map(labels -> labels.computeIfAbsent(key, ignored -> load.get())).orElseGet(load);
    }
    String attribute = Labels.class.getName() + "|" + key;
    Map<String, String> labels = (Map<String, String>) request.getAttribute(attribute, RequestAttributes.SCOPE_REQUEST);
    if (labels == null) {
      labels = load.get();
      request.setAttribute(attribute, labels, RequestAttributes.SCOPE_REQUEST);
    }
    return labels;
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }

  private static String inWords(String name) {
    String words = name.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

}
