package io.closedloop.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where people outside reach ClosedLoop ({@code closedloop.public-url}, e.g.
 * {@code https://closedloop.example.com}; by default {@code http://localhost:<port>}): the base of
 * every link that leaves in a mail or a webhook, such as a case page, the re-survey page and the
 * unsubscribe link.
 */
@Component
public class PublicAddress {

  private final String base;

  PublicAddress(@Value("${closedloop.public-url:}") String configured, @Value("${server.port:8080}") int port) {
    String url = configured == null || configured.isBlank() ? "http://localhost:" + port : configured.strip();
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** The absolute URL of a path of ours, such as {@code /cases/{id}}. */
  public String of(String path) {
    return base + (path.startsWith("/") ? path : "/" + path);
  }
}
