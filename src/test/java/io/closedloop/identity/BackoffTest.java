package io.closedloop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff = new Backoff(5, Duration.ofSeconds(1), Duration.ofMinutes(15));

  @Test
  void the_free_failures_hold_nobody_back() {
    assertThat(backoff.delayAfter(4)).isZero();
    assertThat(backoff.blockedUntil(new Failures(4, Instant.EPOCH))).isEmpty();
    assertThat(backoff.blockedUntil(null)).isEmpty();
  }

  @Test
  void the_wait_doubles_with_each_failure_past_the_free_ones() {
    assertThat(backoff.delayAfter(5)).isEqualTo(Duration.ofSeconds(1));
    assertThat(backoff.delayAfter(6)).isEqualTo(Duration.ofSeconds(2));
    assertThat(backoff.delayAfter(9)).isEqualTo(Duration.ofSeconds(16));
    assertThat(backoff.blockedUntil(new Failures(7, Instant.EPOCH))).contains(Instant.EPOCH.plusSeconds(4));
  }

  @Test
  void the_wait_never_exceeds_the_maximum_however_many_the_failures() {
    assertThat(backoff.delayAfter(15)).isEqualTo(Duration.ofMinutes(15));
    assertThat(backoff.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
  }
}
