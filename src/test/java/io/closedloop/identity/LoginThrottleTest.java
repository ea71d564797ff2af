package io.closedloop.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final String ATTACKER = "203.0.113.7";
  private static final String OFFICE = "198.51.100.20";

  private final MovingClock clock = new MovingClock();
  private final LoginThrottle throttle = new LoginThrottle(
      new LoginThrottleSettings(3, 10, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofHours(1), 1000), clock);

  @Test
  void the_free_failures_of_a_user_are_checked_and_the_next_attempt_from_that_address_is_refused() {
    failTimes(3, "ann", ATTACKER);

    assertThatThrownBy(() -> throttle.admit("ann", ATTACKER)).isInstanceOfSatisfying(LoginThrottled.class,
        refused -> assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(2)));
  }

  @Test
  void the_same_user_from_another_address_is_not_held_back() {
    failTimes(3, "ann", ATTACKER);
    assertThatThrownBy(() -> throttle.admit("ann", ATTACKER)).isInstanceOf(LoginThrottled.class);

    throttle.succeeded(throttle.admit("ann", OFFICE));
  }

  @Test
  void a_throttle_ends_by_itself_and_never_lasts_longer_than_the_maximum() {
    for (int failure = 0; failure < 30; failure++) {
      failTimes(1, "ann", ATTACKER);
      clock.advance(Duration.ofMinutes(15));
    }

    failTimes(1, "ann", ATTACKER);
    assertThat(blockedFor("ann", ATTACKER)).isEqualTo(Duration.ofMinutes(15));
    clock.advance(Duration.ofMinutes(15));
    throttle.admit("ann", ATTACKER);
  }

  @Test
  void a_success_clears_the_failures_of_that_user_from_that_address() {
    failTimes(2, "ann", ATTACKER);
    throttle.succeeded(throttle.admit("ann", ATTACKER));

    failTimes(2, "ann", ATTACKER);

    assertThat(throttle.current()).filteredOn(login -> "ann".equals(login.user())).singleElement()
        .satisfies(login -> assertThat(login.failures()).isEqualTo(2));
  }

  @Test
  void many_users_guessed_from_one_address_hold_back_every_user_from_it_but_not_from_elsewhere() {
    for (int user = 0; user < 10; user++) {
      failTimes(1, "user" + user, ATTACKER);
    }

    assertThatThrownBy(() -> throttle.admit("someone-new", ATTACKER)).isInstanceOf(LoginThrottled.class);
    throttle.succeeded(throttle.admit("someone-new", OFFICE));
  }

  @Test
  void parallel_guesses_count_from_the_moment_they_are_admitted() {
    for (int guess = 0; guess < 3; guess++) {
      throttle.admit("ann", ATTACKER);
    }

    assertThatThrownBy(() -> throttle.admit("ann", ATTACKER)).isInstanceOf(LoginThrottled.class);
  }

  @Test
  void successes_from_an_address_do_not_add_up_to_a_throttle_of_it() {
    for (int login = 0; login < 50; login++) {
      throttle.succeeded(throttle.admit("user" + login, OFFICE));
    }

    assertThat(throttle.current()).isEmpty();
  }

  @Test
  void a_success_does_not_extend_the_throttle_of_its_address() {
    for (int user = 0; user < 10; user++) {
      failTimes(1, "user" + user, ATTACKER);
    }
    clock.advance(Duration.ofSeconds(2));

    throttle.succeeded(throttle.admit("ann", ATTACKER));

    assertThatCode(() -> throttle.admit("bob", ATTACKER)).doesNotThrowAnyException();
  }

  @Test
  void an_attempt_that_could_not_be_checked_does_not_count() {
    failTimes(2, "ann", ATTACKER);

    throttle.abandoned(throttle.admit("ann", ATTACKER));

    assertThat(throttle.current()).filteredOn(login -> "ann".equals(login.user())).singleElement()
        .satisfies(login -> assertThat(login.failures()).isEqualTo(2));
  }

  @Test
  void an_admin_lifts_a_throttle_and_the_user_may_try_again_from_that_address() {
    failTimes(3, "ann", ATTACKER);
    assertThat(throttle.current()).anySatisfy(login -> {
      assertThat(login.user()).isEqualTo("ann");
      assertThat(login.address()).isEqualTo(ATTACKER);
      assertThat(login.failures()).isEqualTo(3);
      assertThat(login.blockedUntil()).isAfter(clock.instant());
    });

    assertThat(throttle.lift("ann", ATTACKER)).hasValueSatisfying(lifted -> assertThat(lifted.failures()).isEqualTo(3));

    throttle.admit("ann", ATTACKER);
    assertThat(throttle.lift("nobody", ATTACKER)).isEmpty();
  }

  @Test
  void failures_are_forgotten_after_a_quiet_while() {
    failTimes(2, "ann", ATTACKER);

    clock.advance(Duration.ofHours(1).plusSeconds(1));

    assertThat(throttle.current()).isEmpty();
  }

  @Test
  void settings_that_would_let_a_throttle_be_forgotten_while_it_lasts_are_refused() {
    assertThatThrownBy(() -> new LoginThrottleSettings(5, 30, Duration.ofSeconds(1), Duration.ofHours(2), Duration.ofHours(1), 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private void failTimes(int times, String user, String address) {
    for (int attempt = 0; attempt < times; attempt++) {
      throttle.failed(throttle.admit(user, address));
    }
  }

  private Duration blockedFor(String user, String address) {
    try {
      throttle.admit(user, address);
      return Duration.ZERO;
    } catch (LoginThrottled refused) {
      return refused.retryAfter();
    }
  }

  /** A clock that tests move by hand. */
  static final class MovingClock extends Clock {

    private Instant now = Instant.parse("2026-03-02T09:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
