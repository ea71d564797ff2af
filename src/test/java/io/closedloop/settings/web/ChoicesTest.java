package io.closedloop.settings.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.settings.web.Choices.Choice;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChoicesTest {

  private static final Locale DANISH = Locale.forLanguageTag("da");

  @Test
  void time_zones_offer_the_nordic_ones_first_then_every_city_zone_once() {
    Choices zones = ZoneChoices.in(Locale.ENGLISH, "Europe/Copenhagen");

    assertThat(zones.common().get(0).value()).isEqualTo("Europe/Copenhagen");
    assertThat(zones.common().get(0).label()).isEqualTo("Europe/Copenhagen · Central European Time");
    assertThat(zones.others()).extracting(Choice::value).contains("America/New_York", "Asia/Tokyo")
        .doesNotContain("Europe/Copenhagen", "SystemV/AST4", "Etc/GMT+2");
  }

  @Test
  void a_saved_zone_that_is_no_choice_is_kept_first() {
    assertThat(ZoneChoices.in(Locale.ENGLISH, "Etc/GMT+2").common().get(0)).isEqualTo(new Choice("Etc/GMT+2", "Etc/GMT+2"));
  }

  @Test
  void countries_are_named_in_the_readers_language_the_nordic_ones_first_and_only_those_with_known_holidays() {
    Choices countries = CountryChoices.of(Set.of("DK", "NO", "DE", "FR", "BR"), DANISH, "DK");

    assertThat(countries.common()).extracting(Choice::label).containsExactly("Danmark (DK)", "Norge (NO)", "Tyskland (DE)");
    assertThat(countries.others()).extracting(Choice::label).containsExactly("Brasilien (BR)", "Frankrig (FR)");
  }
}
