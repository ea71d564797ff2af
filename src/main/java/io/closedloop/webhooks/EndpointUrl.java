package io.closedloop.webhooks;

import io.closedloop.shared.InvalidCharacters;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Where an endpoint's calls go: an absolute {@code http} or {@code https} URL with a host, at most 2,000 characters. */
final class EndpointUrl {

  static final int MAX_LENGTH = 2000;

  private EndpointUrl() {}

  /** Why {@code url} cannot be an endpoint's address, or empty when it can. */
  static Optional<String> whyNot(String url) {
    if (url == null || url.isBlank()) {
      return Optional.of("is required");
    }
    if (url.length() > MAX_LENGTH || InvalidCharacters.in(url)) {
      return Optional.of("must be at most " + MAX_LENGTH + " characters of text");
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isEmpty()) {
        return Optional.of("must be an absolute http or https URL, such as https://hooks.example.com/closedloop");
      }
      return Optional.empty();
    } catch (URISyntaxException notAUri) {
      return Optional.of("must be an absolute http or https URL, such as https://hooks.example.com/closedloop");
    }
  }
}
