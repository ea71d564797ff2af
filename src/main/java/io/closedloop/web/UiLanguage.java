package io.closedloop.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the pages are written in; the JSON API speaks English whatever is chosen. */
public enum UiLanguage {
  ENGLISH(Locale.ENGLISH),
  DANISH(new Locale("da"));

  private final Locale locale;

  UiLanguage(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  public String tag() {
    return locale.getLanguage();
  }

  /** The language of a tag such as {@code da} or {@code en-GB}, if the pages are written in it. */
  public static Optional<UiLanguage> of(String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    String language = Locale.forLanguageTag(tag.trim()).getLanguage();
    return Arrays.stream(values()).filter(each -> each.tag().equals(language)).findFirst();
  }
}
