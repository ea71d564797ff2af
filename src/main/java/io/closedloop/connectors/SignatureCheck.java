package io.closedloop.connectors;

import java.util.List;
import java.util.Map;

/** Proves that a webhook's raw body comes from the holder of the source's secret, or throws {@link SignatureRefused}. */
interface SignatureCheck {

  /**
   * @param body the request body exactly as received
   * @param headers the request's headers (names in any case)
   * @return the id the sender gave this message, if its scheme has one ({@code webhook-id})
   */
  java.util.Optional<String> verify(byte[] body, Map<String, List<String>> headers);

  static SignatureCheck of(Source source) {
    return switch (source.kind().signature()) {
      case STANDARD_WEBHOOKS -> new StandardWebhooksSignature(source.secret());
      case TYPEFORM -> new TypeformSignature(source.secret());
      case NONE -> (body, headers) -> {
        throw new SignatureRefused("source", "takes export files, not webhooks");
      };
    };
  }

  /** The first value of a header, whatever the case of its name. */
  static String header(Map<String, List<String>> headers, String name) {
    return headers.entrySet().stream()
        .filter(header -> header.getKey().equalsIgnoreCase(name) && header.getValue() != null && !header.getValue().isEmpty())
        .map(header -> header.getValue().get(0)).findFirst().orElse(null);
  }
}
