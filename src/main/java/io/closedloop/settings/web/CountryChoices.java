package io.closedloop.settings.web;

import io.closedloop.settings.web.Choices.Choice;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The countries a calendar can keep the public holidays of, by name in the reader's language: the Nordic ones and neighbours first. */
final class CountryChoices {

  static final List<String> COMMON = List.of("DK", "FO", "GL", "NO", "SE", "FI", "IS", "DE", "NL", "GB");

  private CountryChoices() {}

  /** The common countries that have known holidays, then the others; {@code current} is kept even when it has none. */
  static Choices of(Set<String> withHolidays, Locale locale, String current) {
    List<Choice> common = new ArrayList<>(COMMON.stream().filter(withHolidays::contains).map(code -> choice(code, locale)).toList());
    Collator byName = Collator.getInstance(locale);
    List<Choice> others = withHolidays.stream().filter(code -> !COMMON.contains(code)).map(code -> choice(code, locale))
        .sorted(Comparator.comparing(Choice::label, byName)).toList();
    if (current != null && !withHolidays.contains(current)) {
      common.add(0, new Choice(current, current));
    }
    return new Choices(common, others);
  }

  private static Choice choice(String code, Locale locale) {
    return new Choice(code, new Locale.Builder().setRegion(code).build().getDisplayCountry(locale) + " (" + code + ")");
  }
}
