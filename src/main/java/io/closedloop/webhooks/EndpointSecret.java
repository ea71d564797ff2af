package io.closedloop.webhooks;

import java.security.SecureRandom;
import java.util.Base64;

/** A new endpoint's signing secret, as Standard Webhooks writes one: {@code whsec_} and the base64 of 32 random bytes. */
final class EndpointSecret {

  private static final SecureRandom RANDOM = new SecureRandom();

  private EndpointSecret() {}

  static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "whsec_" + Base64.getEncoder().encodeToString(bytes);
  }
}
