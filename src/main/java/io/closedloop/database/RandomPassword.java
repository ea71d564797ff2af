package io.closedloop.database;

import java.security.SecureRandom;
import java.util.Base64;

/** A strong random password: 256 bits from a {@link SecureRandom}, in URL-safe Base64 so it needs no quoting anywhere. */
final class RandomPassword {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int BYTES = 32;

  private RandomPassword() {}

  static String generate() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
