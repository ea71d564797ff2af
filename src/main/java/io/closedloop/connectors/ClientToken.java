package io.closedloop.connectors;

import io.closedloop.identity.MachineClients;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A machine client's bearer token: {@code cl_} and 256 random bits, shown once and stored only as
 * its SHA-256. A token this random needs no slow hash: nobody can guess one to match a stolen hash.
 */
final class ClientToken {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int HINT_LENGTH = 10;

  private ClientToken() {}

  static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return MachineClients.TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  /** The first characters, enough to tell an admin's tokens apart, far too few to use. */
  static String hint(String token) {
    return token.substring(0, Math.min(HINT_LENGTH, token.length()));
  }
}
