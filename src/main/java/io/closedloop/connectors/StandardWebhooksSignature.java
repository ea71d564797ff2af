package io.closedloop.connectors;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Standard Webhooks scheme, as Formbricks signs: {@code webhook-signature: v1,<base64 HMAC-SHA256
 * of "id.timestamp.body">} keyed by the base64 part of the {@code whsec_} secret, several signatures
 * allowed (space separated), a {@code webhook-timestamp} within 5 minutes of now. Checked by the
 * specification's own Java library, which compares in constant time.
 */
final class StandardWebhooksSignature implements SignatureCheck {

  static final String ID = "webhook-id";
  static final String TIMESTAMP = "webhook-timestamp";
  static final String SIGNATURE = "webhook-signature";

  private final Webhook webhook;

  StandardWebhooksSignature(String secret) {
    this.webhook = new Webhook(secret);
  }

  @Override
  public Optional<String> verify(byte[] body, Map<String, List<String>> headers) {
    for (String name : List.of(ID, TIMESTAMP, SIGNATURE)) {
      if (SignatureCheck.header(headers, name) == null) {
        throw new SignatureRefused(name, "is missing");
      }
    }
    try {
      webhook.verify(new String(body, StandardCharsets.UTF_8), headers);
    } catch (WebhookVerificationException e) {
      String why = e.getMessage() == null ? "" : e.getMessage();
      if (why.contains("timestamp")) {
        throw new SignatureRefused(TIMESTAMP, "is more than 5 minutes from now");
      }
      if (why.contains("Headers")) {
        throw new SignatureRefused(TIMESTAMP, "is not a number of seconds");
      }
      throw new SignatureRefused(SIGNATURE, "does not match the body and the secret");
    }
    return Optional.of(SignatureCheck.header(headers, ID));
  }
}
