package io.closedloop.customermail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signed tokens for the links in customer mail (unsubscribing, the re-survey): a purpose, a value
 * and an expiry, signed with HMAC-SHA256 under a key kept in the database (made on first use, the
 * same on every node). A token whose signature does not match, made for another purpose, or past its
 * expiry is refused with the reason.
 */
@Component
public class LinkTokens {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final JdbcClient jdbc;
  private final Clock clock;
  private volatile byte[] key;

  LinkTokens(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A token for {@code value} (no dots) that is good for {@code purpose} until {@code expiresAt}. */
  public String sign(String purpose, String value, Instant expiresAt) {
    String payload = purpose + ":" + value + ":" + expiresAt.getEpochSecond();
    return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + ENCODER.encodeToString(mac(payload));
  }

  /** The value of a token made for {@code purpose}; refused when tampered with, for another purpose, or expired. */
  public String verify(String purpose, String token) {
    String[] parts = token == null ? new String[0] : token.split("\\.");
    if (parts.length != 2) {
      throw new LinkRefused(LinkRefused.Reason.INVALID);
    }
    String payload;
    byte[] signature;
    try {
      payload = new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8);
      signature = DECODER.decode(parts[1]);
    } catch (IllegalArgumentException notBase64) {
      throw new LinkRefused(LinkRefused.Reason.INVALID);
    }
    if (!MessageDigest.isEqual(mac(payload), signature)) {
      throw new LinkRefused(LinkRefused.Reason.INVALID);
    }
    String[] fields = payload.split(":");
    if (fields.length != 3 || !fields[0].equals(purpose)) {
      throw new LinkRefused(LinkRefused.Reason.INVALID);
    }
    if (!clock.instant().isBefore(Instant.ofEpochSecond(Long.parseLong(fields[2])))) {
      throw new LinkRefused(LinkRefused.Reason.EXPIRED);
    }
    return fields[1];
  }

  private byte[] mac(String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(), "HmacSHA256"));
      return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  private byte[] key() {
    byte[] known = key;
    if (known == null) {
      byte[] fresh = new byte[32];
      new SecureRandom().nextBytes(fresh);
      jdbc.sql("insert into link_signing_key (id, secret, created_at) values (1, :secret, :at) on conflict (id) do nothing")
          .param("secret", fresh).param("at", Timestamp.from(clock.instant())).update();
      known = jdbc.sql("select secret from link_signing_key where id = 1").query(byte[].class).single();
      key = known;
    }
    return known;
  }
}
