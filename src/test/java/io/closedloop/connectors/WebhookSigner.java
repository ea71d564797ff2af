package io.closedloop.connectors;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhooks as the senders do, written from the documents alone (not with the code under
 * test): Standard Webhooks (Formbricks) HMAC-SHA256 over {@code id.timestamp.body} keyed by the
 * base64 part of the {@code whsec_} secret; Typeform HMAC-SHA256 over the body keyed by the secret's text.
 */
final class WebhookSigner {

  private WebhookSigner() {}

  static String standardSignature(String secret, String messageId, long timestamp, String body) {
    byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
    return "v1," + hmac(key, (messageId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
  }

  static Map<String, List<String>> standardHeaders(String secret, String messageId, long timestamp, String body) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("webhook-id", List.of(messageId));
    headers.put("webhook-timestamp", List.of(String.valueOf(timestamp)));
    headers.put("webhook-signature", List.of(standardSignature(secret, messageId, timestamp, body)));
    return headers;
  }

  static String typeformSignature(String secret, String body) {
    return "sha256=" + hmac(secret.getBytes(StandardCharsets.UTF_8), body.getBytes(StandardCharsets.UTF_8));
  }

  static Map<String, List<String>> typeformHeaders(String secret, String body) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Typeform-Signature", List.of(typeformSignature(secret, body)));
    return headers;
  }

  private static String hmac(byte[] key, byte[] content) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(content));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
