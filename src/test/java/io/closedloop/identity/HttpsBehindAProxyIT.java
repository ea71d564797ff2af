package io.closedloop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.FromAddress;
import io.closedloop.support.FromAddress.Response;
import io.closedloop.support.IntegrationTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind a reverse proxy that terminates HTTPS, the proxy's {@code X-Forwarded-Proto} makes the
 * request secure: the answer carries HSTS and a {@code Secure} session cookie. Only the trusted
 * proxy is believed (the test profile trusts {@code 127.0.0.77}, as
 * {@code server.tomcat.remoteip.internal-proxies} with {@code server.forward-headers-strategy=native}).
 */
@IntegrationTest
class HttpsBehindAProxyIT {

  private static final FromAddress PROXY = FromAddress.of("127.0.0.77");

  @LocalServerPort
  int port;

  @Test
  void a_request_the_trusted_proxy_received_over_https_gets_hsts_and_a_secure_session_cookie() throws IOException {
    Response login = PROXY.page(port, "/login", "X-Forwarded-Proto", "https");

    assertThat(login.status()).isEqualTo(200);
    assertThat(login.headers().get("strict-transport-security")).startsWith("max-age=").contains("includeSubDomains");
    assertThat(sessionCookie(login)).contains("Secure").contains("HttpOnly");
  }

  @Test
  void a_plain_http_request_gets_neither_hsts_nor_a_secure_cookie() throws IOException {
    Response login = PROXY.page(port, "/login");

    assertThat(login.status()).isEqualTo(200);
    assertThat(login.headers()).doesNotContainKey("strict-transport-security");
    assertThat(sessionCookie(login)).doesNotContain("Secure").contains("HttpOnly");
  }

  @Test
  void a_client_that_is_not_the_proxy_cannot_claim_https() throws IOException {
    Response login = FromAddress.fresh().page(port, "/login", "X-Forwarded-Proto", "https");

    assertThat(login.status()).isEqualTo(200);
    assertThat(login.headers()).doesNotContainKey("strict-transport-security");
    assertThat(sessionCookie(login)).doesNotContain("Secure");
  }

  private static String sessionCookie(Response response) {
    assertThat(response.headers().get("set-cookie")).as("the session cookie").startsWith("JSESSIONID=");
    return response.headers().get("set-cookie");
  }
}
