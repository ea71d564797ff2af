package io.closedloop.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like session as the Camunda webapps hold it: logged in through the login form, with
 * the webapps' CSRF token ({@code X-XSRF-TOKEN}) fetched once and sent with every request, as
 * Tasklist, Cockpit and Admin send it.
 */
public final class WebappSession {

  private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  private final String base;
  private String xsrfToken;

  private WebappSession(int port) {
    this.base = "http://localhost:" + port;
  }

  /** Logs in with the user's password (the demo users' is their name). */
  public static WebappSession of(String user, String password, int port) {
    WebappSession session = new WebappSession(port);
    session.logIn(user, password);
    return session;
  }

  public HttpResponse<String> get(String path) {
    return send("GET", path, null);
  }

  /** A page as a browser asks for it, for HTML. */
  public HttpResponse<String> page(String path) {
    return exchange(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").build());
  }

  public HttpResponse<String> send(String method, String path, String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Accept", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (xsrfToken != null) {
      request.header("X-XSRF-TOKEN", xsrfToken);
    }
    return exchange(request.build());
  }

  private void logIn(String user, String password) {
    String form = exchange(HttpRequest.newBuilder(URI.create(base + "/login")).build()).body();
    Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
    assertThat(csrf.find()).as("CSRF token on the login form").isTrue();
    String credentials = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> loggedIn = exchange(HttpRequest.newBuilder(URI.create(base + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(credentials)).build());
    assertThat(loggedIn.headers().firstValue("Location").orElse("")).as("login of %s", user).doesNotContain("error");
    HttpResponse<String> fetched = exchange(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default"))
        .header("X-XSRF-TOKEN", "Fetch").build());
    xsrfToken = fetched.headers().firstValue("X-XSRF-TOKEN").orElse(null);
  }

  private HttpResponse<String> exchange(HttpRequest request) {
    try {
      return browser.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
