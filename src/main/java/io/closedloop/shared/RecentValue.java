package io.closedloop.shared;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value read again at most once per {@code maxAge}, however often it is asked for: gauges that
 * count rows stay cheap when several scrapers poll them.
 *
 * @param <T> what is read
 */
public final class RecentValue<T> implements Supplier<T> {

  /** How long the gauges of ClosedLoop's own tables keep a value. */
  public static final Duration GAUGE_AGE = Duration.ofSeconds(10);

  private final LoadingCache<Boolean, T> value;

  private RecentValue(Supplier<T> read, Duration maxAge) {
    this.value = Caffeine.newBuilder().expireAfterWrite(maxAge).build(key -> read.get());
  }

  public static <T> RecentValue<T> readAtMostEvery(Duration maxAge, Supplier<T> read) {
    return new RecentValue<>(read, maxAge);
  }

  @Override
  public T get() {
    return value.get(Boolean.TRUE);
  }
}
