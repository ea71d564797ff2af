package io.closedloop.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed password logins slow down the next attempts (default profile; Keycloak has its own).
 *
 * @param freeFailures failures of one user from one client address before that user is throttled from that address
 * @param freeFailuresPerAddress failures from one client address, all users together, before every login from it is throttled
 * @param firstDelay the wait after the first throttled failure; it doubles with each further failure
 * @param maxDelay the longest wait: no throttle ever lasts longer than this after the last failure
 * @param forgetAfter failures are forgotten this long after the last one of the same user and address
 * @param maxEntries at most this many users and addresses are remembered at once
 */
@ConfigurationProperties("closedloop.security.login-throttle")
public record LoginThrottleSettings(
    @DefaultValue("5") int freeFailures,
    @DefaultValue("30") int freeFailuresPerAddress,
    @DefaultValue("1s") Duration firstDelay,
    @DefaultValue("15m") Duration maxDelay,
    @DefaultValue("1h") Duration forgetAfter,
    @DefaultValue("100000") long maxEntries) {

  public LoginThrottleSettings {
    if (freeFailures < 1 || freeFailuresPerAddress < 1) {
      throw new IllegalArgumentException("free failures must be at least 1");
    }
    if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException("the first delay must be positive and at most the max delay");
    }
    if (forgetAfter.compareTo(maxDelay) < 0) {
      throw new IllegalArgumentException("forget-after must be at least max-delay, or a throttle would be forgotten while it lasts");
    }
  }

  Backoff perUser() {
    return new Backoff(freeFailures, firstDelay, maxDelay);
  }

  Backoff perAddress() {
    return new Backoff(freeFailuresPerAddress, firstDelay, maxDelay);
  }
}
