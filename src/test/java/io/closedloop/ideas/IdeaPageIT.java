package io.closedloop.ideas;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.Api;
import io.closedloop.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The ideas page as a browser sees it: logged in with the form, every user string escaped, votes posted with CSRF. */
@IntegrationTest
@SuppressWarnings("rawtypes")
class IdeaPageIT {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @LocalServerPort
  int port;

  private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

  @Test
  void the_backlog_shows_an_idea_escaped_and_takes_a_vote_from_its_button() throws Exception {
    Map idea = Api.as("bob", port).postForObject("/api/ideas",
        Map.of("title", "<script>alert('x')</script> faster refunds", "horizon", "SHORT_TERM"), Map.class);
    logIn("alice");

    String page = get("/ideas");
    assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; faster refunds").doesNotContain("<script>alert");

    HttpResponse<String> voted = post("/ideas/" + idea.get("id") + "/vote", "_csrf=" + csrf(page));
    assertThat(voted.statusCode()).isEqualTo(302);
    assertThat(get("/ideas")).contains("Your vote counts for cycle");
    assertThat(Api.as("alice", port).getForObject("/api/ideas/{id}", Map.class, idea.get("id"))).containsEntry("votes", 1);

    HttpResponse<String> withoutToken = post("/ideas/" + idea.get("id") + "/vote", "");
    assertThat(withoutToken.statusCode()).isEqualTo(403);
  }

  private void logIn(String user) throws Exception {
    String form = get("/login");
    HttpResponse<String> loggedIn = post("/login", "username=" + user + "&password=" + user + "&_csrf=" + csrf(form));
    assertThat(loggedIn.statusCode()).isEqualTo(302);
  }

  private String get(String path) throws Exception {
    HttpResponse<String> response = browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private HttpResponse<String> post(String path, String form) throws Exception {
    return browser.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String csrf(String html) {
    Matcher matcher = CSRF.matcher(html);
    assertThat(matcher.find()).as("a CSRF field in the page").isTrue();
    return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
