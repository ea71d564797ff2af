package io.closedloop.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A thread replays history while its clock reads earlier than the system's; other threads and the future do not. */
class ReplayClockTest {

  static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

  final ReplayClock clock = new ReplayClock(Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void a_thread_that_replays_an_earlier_instant_replays_history() {
    assertThat(clock.at(NOW.minusSeconds(60), clock::replaysHistory)).isTrue();
  }

  @Test
  void the_system_time_and_a_replayed_future_are_no_history() {
    assertThat(clock.replaysHistory()).isFalse();
    assertThat(clock.at(NOW.plusSeconds(60), clock::replaysHistory)).isFalse();
    assertThat(clock.at(NOW.minusSeconds(60), () -> clock.instant())).isEqualTo(NOW.minusSeconds(60));
    assertThat(clock.instant()).isEqualTo(NOW);
  }
}
