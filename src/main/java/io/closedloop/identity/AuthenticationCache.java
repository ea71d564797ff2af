package io.closedloop.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Successful password checks of the last moments, so that stateless API requests do not ask the
 * engine's identity service every time. Holds a salted SHA-256 hash of the password that
 * succeeded, never the password, and the authorities granted with it. Failed checks are never
 * remembered.
 */
@Component
class AuthenticationCache {

  private final Cache<String, Success> successes;
  private final byte[] salt = new byte[32];

  @Autowired
  AuthenticationCache(SecuritySettings settings) {
    this(settings.authenticationCacheTtl(), settings.authenticationCacheSize(), Ticker.systemTicker());
  }

  AuthenticationCache(Duration ttl, long maximumSize, Ticker ticker) {
    new SecureRandom().nextBytes(salt);
    successes = ttl.isZero() || ttl.isNegative()
        ? null
        : Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maximumSize).ticker(ticker).build();
  }

  /** The authorities of the user's last success with this very password, if it is recent. */
  Optional<List<GrantedAuthority>> authoritiesOf(String userId, String password) {
    Success success = successes == null ? null : successes.getIfPresent(userId);
    if (success == null || !MessageDigest.isEqual(success.passwordHash(), hash(password))) {
      return Optional.empty();
    }
    return Optional.of(success.authorities());
  }

  void remember(String userId, String password, List<GrantedAuthority> authorities) {
    if (successes != null) {
      successes.put(userId, new Success(hash(password), List.copyOf(authorities)));
    }
  }

  /** Makes the next login of the user ask the engine again, after a change to the user. */
  void forget(String userId) {
    if (successes != null) {
      successes.invalidate(userId);
    }
  }

  /** Makes every next login ask the engine again, after a change that may touch anyone. */
  void forgetAll() {
    if (successes != null) {
      successes.invalidateAll();
    }
  }

  private byte[] hash(String password) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(salt);
      return sha256.digest(password.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  private record Success(byte[] passwordHash, List<GrantedAuthority> authorities) {}
}
