package io.closedloop.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The clock the domain reads time from: the system's time, except on a thread that replays past
 * work (the demo sample's quarter of cases), which sees the instant it replays. Other threads,
 * such as requests and the job executor, always see the system's time.
 */
public final class ReplayClock extends Clock {

  private final Clock system;
  private final ThreadLocal<Instant> replayed;

  public ReplayClock(Clock system) {
    this(system, new ThreadLocal<>());
  }

  private ReplayClock(Clock system, ThreadLocal<Instant> replayed) {
    this.system = system;
    this.replayed = replayed;
  }

  /** Runs {@code work} on this thread as if it were {@code instant}; the thread's time before is restored after. */
  public <T> T at(Instant instant, Supplier<T> work) {
    Objects.requireNonNull(instant, "instant");
    Instant before = replayed.get();
    replayed.set(instant);
    try {
      return work.get();
    } finally {
      if (before == null) {
        replayed.remove();
      } else {
        replayed.set(before);
      }
    }
  }

  public void at(Instant instant, Runnable work) {
    at(instant, () -> {
      work.run();
      return null;
    });
  }

  /** Whether this thread replays work of the past (the demo sample): alerts about it would reach staff now about things long past. */
  public boolean replaysHistory() {
    Instant instant = replayed.get();
    return instant != null && instant.isBefore(system.instant());
  }

  @Override
  public Instant instant() {
    Instant instant = replayed.get();
    return instant != null ? instant : system.instant();
  }

  @Override
  public ZoneId getZone() {
    return system.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new ReplayClock(system.withZone(zone), replayed);
  }
}
