package io.closedloop.connectors;

import io.closedloop.shared.InvalidCharacters;
import io.closedloop.shared.InvalidInputException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A source's webhook secret: generated (256 random bits), or pasted in where the tool makes its
 * own, as Formbricks does. Standard Webhooks secrets are {@code whsec_} and base64 of at least 16
 * bytes; a Typeform secret is any text of 16 to 200 characters; export sources have none.
 */
final class SigningSecret {

  static final String STANDARD_PREFIX = "whsec_";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int MIN_BYTES = 16;
  private static final int MAX_LENGTH = 200;

  private SigningSecret() {}

  /** The secret to keep for a new source of {@code kind}: {@code given} once checked, else a new one. */
  static String forKind(SourceKind kind, String given) {
    boolean absent = given == null || given.isBlank();
    return switch (kind.signature()) {
      case STANDARD_WEBHOOKS -> absent ? STANDARD_PREFIX + random(Base64.getEncoder()) : checkedStandard(given.strip());
      case TYPEFORM -> absent ? random(Base64.getUrlEncoder().withoutPadding()) : checkedText(given.strip());
      case NONE -> {
        if (!absent) {
          throw new InvalidInputException("secret", "is not used by a " + kind.code() + " source, which takes export files");
        }
        yield null;
      }
    };
  }

  private static String random(Base64.Encoder encoder) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return encoder.encodeToString(bytes);
  }

  private static String checkedStandard(String secret) {
    String encoded = secret.startsWith(STANDARD_PREFIX) ? secret.substring(STANDARD_PREFIX.length()) : null;
    try {
      if (encoded != null && secret.length() <= MAX_LENGTH && Base64.getDecoder().decode(encoded).length >= MIN_BYTES) {
        return secret;
      }
    } catch (IllegalArgumentException notBase64) {
      // answered below
    }
    throw new InvalidInputException("secret", "must be whsec_ followed by the base64 of at least " + MIN_BYTES + " bytes");
  }

  private static String checkedText(String secret) {
    if (secret.length() < MIN_BYTES || secret.length() > MAX_LENGTH || InvalidCharacters.in(secret)) {
      throw new InvalidInputException("secret", "must be " + MIN_BYTES + " to " + MAX_LENGTH + " characters of text");
    }
    return secret;
  }
}
