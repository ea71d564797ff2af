package io.closedloop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.closedloop.identity.PagePolicy;
import io.closedloop.support.Browser;
import io.closedloop.support.IntegrationTest;
import io.closedloop.support.WebappSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Our pages run only our own scripts and styles ({@link PagePolicy}), and still work in a real
 * browser; the Camunda webapps keep the looser policy Camunda sends for them.
 */
@IntegrationTest
class ContentSecurityPolicyIT {

  private static final String HEADER = "Content-Security-Policy";

  @LocalServerPort
  int port;

  @Test
  void the_login_page_carries_the_policy() throws Exception {
    HttpResponse<String> login = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).header("Accept", "text/html").build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.headers().allValues(HEADER)).containsExactly(PagePolicy.CONTENT_SECURITY_POLICY);
  }

  @ParameterizedTest(name = "{0} as {1}")
  @CsvSource({"/inbox, alice", "/dashboard, lea", "/wall, wall", "/settings/teams, admin", "/settings/calendars, admin", "/ideas, bob"})
  void a_page_carries_the_policy(String path, String user) {
    HttpResponse<String> page = WebappSession.of(user, user, port).page(path);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().allValues(HEADER)).containsExactly(PagePolicy.CONTENT_SECURITY_POLICY);
  }

  @Test
  void the_policy_allows_no_inline_script_no_eval_and_no_inline_style() {
    assertThat(PagePolicy.CONTENT_SECURITY_POLICY)
        .contains("default-src 'self'", "script-src 'self';", "style-src 'self';", "object-src 'none'", "frame-ancestors 'self'",
            "form-action 'self'", "base-uri 'self'")
        .doesNotContain("unsafe-inline", "unsafe-eval");
  }

  @ParameterizedTest(name = "{0} as {1}")
  @CsvSource({"/camunda/app/tasklist/default/, alice", "/camunda/app/cockpit/default/, dana", "/camunda/app/admin/default/, admin"})
  void a_camunda_webapp_carries_camundas_own_policy_and_not_ours(String path, String user) {
    HttpResponse<String> webapp = WebappSession.of(user, user, port).page(path);

    assertThat(webapp.statusCode()).isEqualTo(200);
    List<String> policies = webapp.headers().allValues(HEADER);
    assertThat(policies).hasSize(1);
    assertThat(policies.get(0)).isNotEqualTo(PagePolicy.CONTENT_SECURITY_POLICY).contains("'nonce-", "'unsafe-eval'", "object-src 'none'");
  }

  @Test
  void every_page_works_in_a_browser_under_the_policy() {
    try (Browser browser = Browser.open(port)) {
      browser.logIn("admin");
      for (String path : List.of("/inbox", "/team", "/ideas", "/settings", "/settings/calendars", "/dashboard")) {
        browser.go(path);
        browser.waitUntil(d -> !d.findElements(By.cssSelector("main h1")).isEmpty());
      }
      assertThat(drawnCharts(browser)).isEqualTo(3);
      browser.go("/wall");
      assertThat(drawnCharts(browser)).isEqualTo(1);

      assertThat(browser.policyViolations()).isEmpty();
    }
  }

  @Test
  void a_browser_test_fails_when_a_page_runs_an_inline_script() {
    Browser browser = Browser.open(port);
    assertThatThrownBy(() -> {
      try (browser) {
        browser.go("/login");
        Object ran = ((JavascriptExecutor) browser.driver()).executeScript(
            "var s = document.createElement('script'); s.textContent = 'window.inlineRan = true'; document.head.appendChild(s);"
                + " return window.inlineRan === true;");
        assertThat(ran).as("the inline script ran").isEqualTo(false);
      }
    }).hasMessageContaining("Content-Security-Policy").hasMessageContaining("script-src 'self'");
  }

  /** How many canvases Chart.js has drawn on, once the page's deferred scripts have run. */
  private static long drawnCharts(Browser browser) {
    return browser.waitUntil(d -> {
      Object drawn = ((JavascriptExecutor) d).executeScript(
          "return typeof Chart === 'undefined' ? null : Array.from(document.querySelectorAll('canvas')).filter(c => Chart.getChart(c)).length;");
      return drawn instanceof Long count && count > 0 ? count : null;
    });
  }
}
