package io.closedloop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.closedloop.ClosedLoopApplication;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What benchmarks share: the application started once in this JVM on a throwaway embedded
 * PostgreSQL (demo users on), HTTP clients logged in as a user (HTTP Basic for the API, a
 * form-login session for pages), the quick/full switch and a working directory for generated files.
 */
final class BenchContext implements AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  private final boolean quick;
  private final Path workDir;
  private final Path projectDir;
  private ConfigurableApplicationContext application;
  private final Map<String, HttpClient> clients = new ConcurrentHashMap<>();
  private final Map<String, HttpClient> sessions = new ConcurrentHashMap<>();

  BenchContext(boolean quick, Path workDir, Path projectDir) {
    this.quick = quick;
    this.workDir = workDir;
    this.projectDir = projectDir;
  }

  boolean quick() {
    return quick;
  }

  /** The full size, or the quick one in quick mode. */
  int size(int full, int quickSize) {
    return quick ? quickSize : full;
  }

  Path workDir() {
    return workDir;
  }

  Path projectDir() {
    return projectDir;
  }

  synchronized ConfigurableApplicationContext application() {
    if (application == null) {
      application = new SpringApplicationBuilder(ClosedLoopApplication.class)
          .profiles("test")
          // the backfill benchmark imports a million rows (248 MB), over the default limits of one file
          .run("--server.port=0", "--closedloop.intake.limits.csv-rows=2000000", "--closedloop.intake.limits.csv-body=1GB",
              "--logging.level.root=WARN", "--logging.level.io.closedloop=WARN",
              "--logging.level.io.closedloop.intake.BackfillImport=DEBUG", "--spring.main.banner-mode=off");
    }
    return application;
  }

  <T> T bean(Class<T> type) {
    return application().getBean(type);
  }

  JdbcTemplate jdbc() {
    return new JdbcTemplate(bean(DataSource.class));
  }

  int port() {
    return ((WebServerApplicationContext) application()).getWebServer().getPort();
  }

  URI uri(String path) {
    return URI.create("http://localhost:" + port() + path);
  }

  /** A client with its own cookie jar, so a user logs in once and keeps the session. */
  HttpClient client(String user) {
    return clients.computeIfAbsent(user, u -> HttpClient.newBuilder().cookieHandler(new CookieManager())
        .connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build());
  }

  /** A client logged in through the login form as a browser is, with the user's session cookie; pages ignore HTTP Basic. */
  synchronized HttpClient session(String user) throws IOException, InterruptedException {
    HttpClient browser = sessions.get(user);
    if (browser == null) {
      browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
          .connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
      logIn(browser, user);
      sessions.put(user, browser);
    }
    return browser;
  }

  private void logIn(HttpClient browser, String user) throws IOException, InterruptedException {
    String form = browser.send(HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
    if (!csrf.find()) {
      throw new IllegalStateException("No CSRF token on the login form");
    }
    String credentials = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    HttpResponse<Void> loggedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(credentials)).build(), HttpResponse.BodyHandlers.discarding());
    String location = loggedIn.headers().firstValue("Location").orElse("");
    if (loggedIn.statusCode() != 302 || location.contains("/login")) {
      throw new IllegalStateException("Login of " + user + " answered " + loggedIn.statusCode() + " to " + location);
    }
  }

  static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
  }

  HttpRequest.Builder request(String user, String path) {
    return HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user)).timeout(Duration.ofMinutes(30));
  }

  JsonNode postJson(String user, String path, Object body) throws IOException, InterruptedException {
    HttpResponse<String> response = client(user).send(request(user, path)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
    return expectOk(response);
  }

  static JsonNode expectOk(HttpResponse<String> response) throws IOException {
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
          + response.body().substring(0, Math.min(500, response.body().length())));
    }
    return JSON.readTree(response.body());
  }

  @Override
  public void close() {
    if (application != null) {
      application.close();
    }
  }
}
