package io.closedloop.support;

import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A cookie jar that keeps cookies per host and sends them over plain http too: Keycloak marks its
 * cookies {@code Secure} even on http://localhost, which the JDK's own cookie manager then withholds.
 */
public final class LenientCookieJar extends CookieHandler {

  private final Map<String, Map<String, String>> cookiesByHost = new ConcurrentHashMap<>();

  @Override
  public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
    Map<String, String> cookies = cookiesByHost.getOrDefault(uri.getHost(), Map.of());
    if (cookies.isEmpty()) {
      return Map.of();
    }
    String header = cookies.entrySet().stream().map(cookie -> cookie.getKey() + "=" + cookie.getValue())
        .collect(Collectors.joining("; "));
    return Map.of("Cookie", List.of(header));
  }

  @Override
  public void put(URI uri, Map<String, List<String>> responseHeaders) {
    responseHeaders.forEach((name, values) -> {
      if ("Set-Cookie".equalsIgnoreCase(name)) {
        values.forEach(value -> remember(uri.getHost(), value));
      }
    });
  }

  private void remember(String host, String setCookie) {
    for (HttpCookie cookie : HttpCookie.parse(setCookie)) {
      Map<String, String> cookies = cookiesByHost.computeIfAbsent(host, any -> new ConcurrentHashMap<>());
      if (cookie.getMaxAge() == 0) {
        cookies.remove(cookie.getName());
      } else {
        cookies.put(cookie.getName(), cookie.getValue());
      }
    }
  }
}
