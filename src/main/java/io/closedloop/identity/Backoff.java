package io.closedloop.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long logins wait after a number of failures: nothing for the first free ones, then a delay
 * that doubles with each further failure, never more than the maximum.
 */
record Backoff(int freeFailures, Duration firstDelay, Duration maxDelay) {

  /** The wait after this many failures in a row; zero while they are free. */
  Duration delayAfter(int failures) {
    if (failures < freeFailures) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - freeFailures, 30);
    Duration delay = firstDelay.multipliedBy(1L << doublings);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }

  /** Until when these failures hold logins back, if they do at all. */
  Optional<Instant> blockedUntil(Failures failures) {
    if (failures == null || failures.count() < freeFailures) {
      return Optional.empty();
    }
    return Optional.of(failures.last().plus(delayAfter(failures.count())));
  }
}
