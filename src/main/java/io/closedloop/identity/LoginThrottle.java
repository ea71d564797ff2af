package io.closedloop.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock a user out. Failures count per user
 * and client address, and per client address for all users together; past the free ones, further
 * attempts from that address are refused, without checking the password, for a wait that doubles
 * with each failure up to a maximum and then ends by itself. The same user from another address
 * is not affected, and a success clears the failures of that user from that address.
 *
 * <p>An attempt counts as a failure from the moment it is admitted, so parallel guesses cannot
 * slip through together before the first of them fails; a success or an error takes it back.
 * Remembered in this process only; admins see and lift throttles on the settings page.
 */
@Component
public class LoginThrottle {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
  private static final int SHOWN = 100;

  private final Backoff perUser;
  private final Backoff perAddress;
  private final Clock clock;
  private final Cache<Key, Failures> failures;

  @Autowired
  LoginThrottle(LoginThrottleSettings settings) {
    this(settings, new EngineClock());
  }

  LoginThrottle(LoginThrottleSettings settings, Clock clock) {
    this.perUser = settings.perUser();
    this.perAddress = settings.perAddress();
    this.clock = clock;
    this.failures = Caffeine.newBuilder()
        .expireAfterWrite(settings.forgetAfter())
        .maximumSize(settings.maxEntries())
        .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
        .build();
  }

  /** Lets an attempt go on to the password check, counted as a failure until it succeeds, or refuses it. */
  synchronized Attempt admit(String user, String address) {
    Instant now = clock.instant();
    Key own = Key.of(user, address);
    Key everyone = Key.everyUserFrom(address);
    Failures ownBefore = failures.getIfPresent(own);
    Failures everyoneBefore = failures.getIfPresent(everyone);
    Optional<Instant> blockedUntil = later(perUser.blockedUntil(ownBefore), perAddress.blockedUntil(everyoneBefore))
        .filter(until -> until.isAfter(now));
    if (blockedUntil.isPresent()) {
      throw new LoginThrottled(Duration.between(now, blockedUntil.get()));
    }
    Failures ownAfter = Failures.oneMore(ownBefore, now);
    failures.put(own, ownAfter);
    failures.put(everyone, Failures.oneMore(everyoneBefore, now));
    return new Attempt(own, everyone, now, ownBefore, everyoneBefore, ownAfter.count());
  }

  /** The password was right: the user's failures from this address are cleared, and the attempt no longer counts for the address. */
  synchronized void succeeded(Attempt attempt) {
    failures.invalidate(attempt.own());
    takeBack(attempt.everyone(), attempt.at(), attempt.everyoneBefore());
  }

  /** The password was wrong; the attempt was counted when admitted. */
  void failed(Attempt attempt) {
    if (attempt.ownCount() == perUser.freeFailures()) {
      LOG.warn("Logins of user '{}' from {} are throttled after {} failures in a row",
          attempt.own().user().replaceAll("\\p{Cntrl}", "?"), attempt.own().address(), attempt.ownCount());
    }
  }

  /** The password could not be checked (an error, not a wrong password): the attempt does not count. */
  synchronized void abandoned(Attempt attempt) {
    takeBack(attempt.own(), attempt.at(), attempt.ownBefore());
    takeBack(attempt.everyone(), attempt.at(), attempt.everyoneBefore());
  }

  /** The remembered failures, latest first, with until when each holds logins back. */
  public List<ThrottledLogin> current() {
    Instant now = clock.instant();
    return failures.asMap().entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<Key, Failures> entry) -> entry.getValue().last()).reversed())
        .limit(SHOWN)
        .map(entry -> shown(entry.getKey(), entry.getValue(), now))
        .toList();
  }

  /** Forgets the failures of a user from an address ({@code user} null: of every user from it together); what was lifted, if anything. */
  public synchronized Optional<ThrottledLogin> lift(String user, String address) {
    Key key = Key.of(user, address);
    Failures lifted = failures.asMap().remove(key);
    return Optional.ofNullable(lifted).map(gone -> shown(key, gone, clock.instant()));
  }

  private ThrottledLogin shown(Key key, Failures remembered, Instant now) {
    Backoff backoff = key.user() == null ? perAddress : perUser;
    Instant blockedUntil = backoff.blockedUntil(remembered).filter(until -> until.isAfter(now)).orElse(null);
    return new ThrottledLogin(key.user(), key.address(), remembered.count(), blockedUntil);
  }

  private void takeBack(Key key, Instant admittedAt, Failures before) {
    Failures now = failures.getIfPresent(key);
    if (now == null) {
      return;
    }
    if (now.count() <= 1) {
      failures.invalidate(key);
      return;
    }
    boolean lastIsThisAttempt = now.last().equals(admittedAt) && before != null;
    failures.put(key, new Failures(now.count() - 1, lastIsThisAttempt ? before.last() : now.last()));
  }

  private static Optional<Instant> later(Optional<Instant> one, Optional<Instant> other) {
    if (one.isEmpty()) {
      return other;
    }
    return other.filter(instant -> instant.isAfter(one.get())).or(() -> one);
  }

  /** Whose attempts from where: a user from an address, or every user from it ({@code user} null). */
  record Key(String user, String address) {

    /** Longer than any user id the engine stores (64), so that huge made-up names cannot fill the memory. */
    private static final int LONGEST_USER = 100;

    static Key of(String user, String address) {
      String shortened = user == null || user.length() <= LONGEST_USER ? user : user.substring(0, LONGEST_USER);
      return new Key(shortened, address);
    }

    static Key everyUserFrom(String address) {
      return new Key(null, address);
    }
  }

  /** One admitted attempt, with what it changed so that a success or an error can take it back. */
  record Attempt(Key own, Key everyone, Instant at, Failures ownBefore, Failures everyoneBefore, int ownCount) {}
}
