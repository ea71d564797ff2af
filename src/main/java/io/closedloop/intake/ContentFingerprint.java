package io.closedloop.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** SHA-256 over the fields of a response in a fixed order, each value length-prefixed so no two contents collide by concatenation. */
final class ContentFingerprint {

  private ContentFingerprint() {}

  static String of(NewResponse response) {
    NewResponse.CustomerDetails customer = response.customer();
    MessageDigest digest = sha256();
    for (Object field : new Object[] {
        response.externalId(), response.score(), response.comment(), response.answeredAt(),
        response.touchpoint(), response.team(), response.employee(), response.product(),
        response.country(), response.language(),
        customer.externalId(), customer.name(), customer.email(), customer.phone(),
        customer.segment(), customer.servicePreference(), customer.accountOwner()}) {
      byte[] bytes = field == null ? new byte[0] : Objects.toString(field).getBytes(StandardCharsets.UTF_8);
      digest.update((field == null ? "-" : bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
      digest.update(bytes);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
