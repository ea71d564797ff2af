package io.closedloop.connectors;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Typeform's scheme: {@code Typeform-Signature: sha256=<base64 HMAC-SHA256 of the raw body>} keyed by
 * the secret as entered in Typeform, compared in constant time. Typeform has no library of its own
 * for this, and the JDK's HMAC is all it takes.
 */
final class TypeformSignature implements SignatureCheck {

  static final String HEADER = "Typeform-Signature";
  private static final String PREFIX = "sha256=";

  private final byte[] key;

  TypeformSignature(String secret) {
    this.key = secret.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public Optional<String> verify(byte[] body, Map<String, List<String>> headers) {
    String signature = SignatureCheck.header(headers, HEADER);
    if (signature == null) {
      throw new SignatureRefused(HEADER, "is missing");
    }
    byte[] expected = (PREFIX + sign(body)).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII))) {
      throw new SignatureRefused(HEADER, "does not match the body and the secret");
    }
    return Optional.empty();
  }

  /** The base64 HMAC-SHA256 of {@code body} under this secret, as Typeform writes it after {@code sha256=}. */
  String sign(byte[] body) {
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Base64.getEncoder().encodeToString(hmac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("Every Java platform has HmacSHA256", e);
    }
  }
}
