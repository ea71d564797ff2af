package io.closedloop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.IntegrationTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Walks the permission matrix of {@code docs/security.md}: every row (a request) as every role,
 * asserting the exact status the table gives. The table is the documentation and the test's
 * input at once, so the two cannot drift apart.
 */
@IntegrationTest
class PermissionMatrixIT {

  static final Path MATRIX = Path.of("docs", "security.md");
  /** The demo user who stands for each role column. */
  static final Map<String, String> USER_OF_ROLE = Map.of("agent", "alice", "manager", "mike", "designer", "dana",
      "leadership", "lea", "admin", "admin", "kiosk", "wall");
  static final List<String> COLUMNS = List.of("agent", "manager", "designer", "leadership", "admin", "kiosk", "anonymous");

  @LocalServerPort
  int port;

  private final Map<String, HttpClient> sessions = new ConcurrentHashMap<>();

  @TestFactory
  Stream<DynamicTest> every_role_gets_exactly_the_status_the_matrix_gives() throws IOException {
    return rows().stream().flatMap(row -> COLUMNS.stream().map(role -> DynamicTest.dynamicTest(
        row.method() + " " + row.path() + " as " + role + " -> " + row.expected().get(role),
        () -> assertThat(statusOf(row, role)).as("%s %s as %s", row.method(), row.path(), role)
            .isEqualTo(row.expected().get(role)))));
  }

  @Test
  void the_matrix_covers_every_role_and_names_each_request_once() throws IOException {
    List<Row> rows = rows();
    assertThat(rows).hasSizeGreaterThan(15);
    assertThat(rows).allSatisfy(row -> assertThat(row.expected()).containsOnlyKeys(COLUMNS));
    assertThat(rows.stream().map(row -> row.method() + " " + row.path())).doesNotHaveDuplicates();
  }

  private int statusOf(Row row, String role) throws IOException, InterruptedException {
    boolean api = row.path().startsWith("/api/") || row.path().startsWith("/engine-rest/");
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + row.path()))
        .header("Accept", api ? "application/json" : "text/html,*/*;q=0.8")
        .method(row.method(), row.body().isEmpty() ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(row.body()));
    if (!row.body().isEmpty()) {
      request.header("Content-Type", "application/json");
    }
    if (role.equals("anonymous")) {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
    String user = USER_OF_ROLE.get(role);
    if (api) {
      String basic = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
      request.header("Authorization", "Basic " + basic);
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
    return sessionOf(user).send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** A browser-like client logged in through the login form. */
  private HttpClient sessionOf(String user) {
    return sessions.computeIfAbsent(user, name -> {
      HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
      try {
        URI login = URI.create("http://localhost:" + port + "/login");
        String form = browser.send(HttpRequest.newBuilder(login).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).as("CSRF token on the login form").isTrue();
        String credentials = "username=" + name + "&password=" + name + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<Void> loggedIn = browser.send(HttpRequest.newBuilder(login)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(credentials)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(loggedIn.headers().firstValue("Location").orElse("")).as("login of %s", name).doesNotContain("error");
        return browser;
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    });
  }

  static List<Row> rows() throws IOException {
    return rows("matrix");
  }

  /** The rows of the table between {@code <!-- name:start -->} and {@code <!-- name:end -->}, each with the status of every column. */
  static List<Row> rows(String name) throws IOException {
    String document = Files.readString(MATRIX);
    String table = document.substring(document.indexOf("<!-- " + name + ":start -->"), document.indexOf("<!-- " + name + ":end -->"));
    List<String> lines = table.lines().filter(line -> line.startsWith("|")).toList();
    List<String> header = cells(lines.get(0));
    List<Row> rows = new ArrayList<>();
    for (String line : lines.subList(2, lines.size())) {
      List<String> cells = cells(line);
      Map<String, Integer> expected = new java.util.LinkedHashMap<>();
      for (int column = 3; column < header.size(); column++) {
        expected.put(header.get(column), Integer.parseInt(cells.get(column)));
      }
      rows.add(new Row(cells.get(0), cells.get(1), cells.get(2), expected));
    }
    return rows;
  }

  private static List<String> cells(String line) {
    String inner = line.strip().substring(1, line.strip().length() - 1);
    return Stream.of(inner.split("\\|", -1)).map(String::strip).toList();
  }

  /** One request of the matrix and the status each role gets. */
  record Row(String method, String path, String body, Map<String, Integer> expected) {}
}
