package io.closedloop.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxSettingsTest {

  private final OutboxSettings defaults = new OutboxSettings(null, null, null, null, null, null, null, null, null);

  @Test
  void a_failed_message_waits_30_seconds_then_twice_as_long_each_time_up_to_an_hour() {
    assertThat(defaults.retryDelay(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(defaults.retryDelay(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(defaults.retryDelay(5)).isEqualTo(Duration.ofMinutes(8));
    assertThat(defaults.retryDelay(8)).isEqualTo(Duration.ofHours(1));
    assertThat(defaults.retryDelay(500)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void retries_go_on_for_a_day_and_mail_leaves_from_a_no_reply_address_by_default() {
    assertThat(defaults.giveUpAfter()).isEqualTo(Duration.ofDays(1));
    assertThat(defaults.mailFrom()).contains("no-reply@");
  }
}
