package io.closedloop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;

/** Times and deadlines read in the reader's language and time zone. */
class MomentsTest {

  private static final Instant NOW = Instant.parse("2026-12-06T09:15:00Z");

  private final Moments moments = new Moments(Clock.fixed(NOW, ZoneOffset.UTC), new MessagesConfiguration().messageSource());

  @AfterEach
  void forgetTheReader() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void shows_a_time_in_danish_in_copenhagen() {
    reader(new Locale("da"), "Europe/Copenhagen");

    assertThat(moments.time(NOW)).isEqualTo("søn. 6. dec. kl. 10.15");
    assertThat(moments.date(NOW)).isEqualTo("6. dec. 2026");
  }

  @Test
  void shows_the_same_time_in_english_in_new_york() {
    reader(Locale.ENGLISH, "America/New_York");

    assertThat(moments.time(NOW)).isEqualTo("Sun 6 Dec 04:15");
    assertThat(moments.clock(NOW)).isEqualTo("04:15");
  }

  @Test
  void counts_down_to_a_deadline_in_the_readers_language() {
    reader(new Locale("da"), "Europe/Copenhagen");
    assertThat(moments.countdown(NOW.plusSeconds(3 * 3600 + 20 * 60))).isEqualTo("frist om 3 t 20 min");
    assertThat(moments.countdown(NOW.minusSeconds(52 * 3600))).isEqualTo("overskredet med 2 d 4 t");

    reader(Locale.ENGLISH, "Europe/Copenhagen");
    assertThat(moments.countdown(NOW.plusSeconds(3 * 3600 + 20 * 60))).isEqualTo("due in 3 h 20 min");
    assertThat(moments.countdown(null)).isEqualTo("no deadline");
  }

  private static void reader(Locale locale, String zone) {
    LocaleContextHolder.setLocaleContext(new SimpleTimeZoneAwareLocaleContext(locale, TimeZone.getTimeZone(zone)));
  }
}
