package io.closedloop.settings.web;

import io.closedloop.settings.web.Choices.Choice;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** The time zones a calendar can be kept in: the ones of the Nordic region and its neighbours first, then every city zone by name. */
final class ZoneChoices {

  static final List<String> COMMON = List.of("Europe/Copenhagen", "Atlantic/Faroe", "America/Nuuk", "Europe/Oslo", "Europe/Stockholm",
      "Europe/Helsinki", "Atlantic/Reykjavik", "Europe/Berlin", "Europe/Amsterdam", "Europe/London", "UTC");

  private static final Set<String> REGIONS = Set.of("Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe", "Indian",
      "Pacific");

  private ZoneChoices() {}

  /** The common zones, then every other, each once; {@code current} is kept even when it is none of them. */
  static Choices in(Locale locale, String current) {
    List<Choice> common = new ArrayList<>(COMMON.stream().map(id -> choice(id, locale)).toList());
    List<Choice> others = ZoneId.getAvailableZoneIds().stream()
        .filter(id -> REGIONS.contains(id.split("/")[0]) && !COMMON.contains(id))
        .sorted().map(id -> choice(id, locale)).toList();
    if (current != null && Stream.concat(common.stream(), others.stream()).noneMatch(choice -> choice.value().equals(current))) {
      common.add(0, new Choice(current, current));
    }
    return new Choices(common, others);
  }

  private static Choice choice(String id, Locale locale) {
    return new Choice(id, id.replace('_', ' ') + " · " + ZoneId.of(id).getDisplayName(TextStyle.FULL, locale));
  }
}
