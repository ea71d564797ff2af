package io.closedloop.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import io.closedloop.settings.SettingsAudit;
import io.closedloop.settings.web.FormOutcome;
import io.closedloop.support.FromAddress;
import io.closedloop.support.IntegrationTest;
import io.closedloop.support.Pages;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * Wrong passwords slow down guessing per user and client address, and never lock a user out:
 * the throttle is the application's (5 free failures, then a wait of 1 min in the tests, doubling),
 * the engine's own lockout is off. Each test is its own client address, never the other tests'.
 */
@IntegrationTest
class FailedLoginsIT {

  private static final String PROBE = "/api/notifications/unread-count";

  @LocalServerPort
  int port;
  @Autowired
  Directory directory;
  @Autowired
  IdentityService identity;
  @Autowired
  LoginThrottle throttle;
  @Autowired
  SettingsAudit audit;
  @Autowired
  WebApplicationContext context;

  Pages pages;

  @BeforeEach
  void pages() {
    pages = new Pages(context);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void wrong_passwords_from_one_address_hold_that_user_back_there_even_with_the_right_password() throws IOException {
    String user = newAgent();
    FromAddress attacker = FromAddress.fresh();
    guessFiveTimes(user, attacker);

    FromAddress.Response refused = attacker.get(port, PROBE, user, passwordOf(user));

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.headers()).containsEntry("retry-after", "60").containsEntry("content-type", "application/problem+json");
    assertThat(refused.body()).contains("\"title\":\"Too many failed logins\"", "\"status\":429", "\"field\":\"credentials\"");
    assertThat(refused.headers()).doesNotContainKey("www-authenticate");
  }

  @Test
  void the_same_user_logs_in_from_another_address_while_one_is_throttled() throws IOException {
    String user = newAgent();
    FromAddress attacker = FromAddress.fresh();
    guessFiveTimes(user, attacker);
    assertThat(attacker.get(port, PROBE, user, passwordOf(user)).status()).isEqualTo(429);

    assertThat(FromAddress.fresh().get(port, PROBE, user, passwordOf(user)).status()).isEqualTo(200);
  }

  @Test
  void a_forwarded_for_header_does_not_make_a_throttled_client_another_address() throws IOException {
    String user = newAgent();
    FromAddress attacker = FromAddress.fresh();
    guessFiveTimes(user, attacker);

    assertThat(attacker.get(port, PROBE, user, passwordOf(user), "X-Forwarded-For", "198.51.100.20").status()).isEqualTo(429);
  }

  @Test
  void a_throttle_ends_by_itself() throws IOException {
    String user = newAgent();
    FromAddress attacker = FromAddress.fresh();
    guessFiveTimes(user, attacker);
    assertThat(attacker.get(port, PROBE, user, passwordOf(user)).status()).isEqualTo(429);

    ClockUtil.offset(60_001L);

    assertThat(attacker.get(port, PROBE, user, passwordOf(user)).status()).isEqualTo(200);
  }

  @Test
  void a_throttled_login_form_goes_back_to_the_login_page_saying_to_try_again_later() throws Exception {
    String user = newAgent();
    for (int guess = 0; guess < 5; guess++) {
      pages.mvc().perform(logInWithTheForm(user, "wrong", "203.0.113.7")).andExpect(redirectedUrl("/login?error"));
    }

    pages.mvc().perform(logInWithTheForm(user, passwordOf(user), "203.0.113.7"))
        .andExpect(redirectedUrl("/login?throttled"));
    pages.mvc().perform(logInWithTheForm(user, passwordOf(user), "198.51.100.20"))
        .andExpect(redirectedUrl("/"));
    pages.mvc().perform(get("/login").param("throttled", "")).andExpect(content().string(Matchers.containsString("Please try again in a few minutes")));
  }

  @Test
  void an_unknown_user_is_throttled_like_a_known_one_so_the_answer_does_not_tell_who_exists() throws IOException {
    String nobody = "nobody" + UUID.randomUUID().toString().substring(0, 8);
    FromAddress attacker = FromAddress.fresh();
    for (int guess = 0; guess < 5; guess++) {
      assertThat(attacker.get(port, PROBE, nobody, "wrong").status()).isEqualTo(401);
    }

    assertThat(attacker.get(port, PROBE, nobody, "wrong").status()).isEqualTo(429);
  }

  @Test
  void an_admin_lifts_a_throttle_in_the_settings_and_the_user_logs_in_from_there_again() throws Exception {
    String user = newAgent();
    FromAddress attacker = FromAddress.fresh();
    guessFiveTimes(user, attacker);
    pages.mvc().perform(get("/settings/logins").with(pages.as("admin")))
        .andExpect(content().string(Matchers.allOf(Matchers.containsString("Login throttles"), Matchers.containsString(user),
            Matchers.containsString(attacker.address()))));

    FormOutcome lifted = (FormOutcome) pages.mvc().perform(post("/settings/login-throttles/lift").param("user", user)
        .param("address", attacker.address()).with(pages.as("admin")).with(csrf())).andReturn().getFlashMap().get("outcome");
    assertThat(lifted.saved()).isTrue();
    assertThat(lifted.message()).isEqualTo("Logins of " + user + " from " + attacker.address() + " are allowed again.");

    assertThat(attacker.get(port, PROBE, user, passwordOf(user)).status()).isEqualTo(200);
    assertThat(audit.latest(20)).anySatisfy(entry -> {
      assertThat(entry.actor()).isEqualTo("admin");
      assertThat(entry.subject()).isEqualTo("login throttle of " + user + " from " + attacker.address());
      assertThat(entry.before()).startsWith("5 failures, blocked until ");
    });
  }

  @Test
  void twenty_wrong_passwords_never_make_the_engine_lock_the_user() throws IOException {
    String user = newAgent();
    FromAddress attacker = FromAddress.fresh();
    for (int guess = 0; guess < 20; guess++) {
      assertThat(attacker.get(port, PROBE, user, "wrong").status()).as("guess %d reached the engine", guess).isEqualTo(401);
      throttle.lift(user, attacker.address());
    }

    assertThat(identity.checkPassword(user, passwordOf(user))).isTrue();
    assertThat(attacker.get(port, PROBE, user, passwordOf(user)).status()).isEqualTo(200);
  }

  private void guessFiveTimes(String user, FromAddress attacker) throws IOException {
    for (int guess = 0; guess < 5; guess++) {
      assertThat(attacker.get(port, PROBE, user, "wrong").status()).isEqualTo(401);
    }
  }

  private static MockHttpServletRequestBuilder logInWithTheForm(String user, String password, String address) {
    return post("/login").param("username", user).param("password", password).with(csrf()).with(request -> {
      request.setRemoteAddr(address);
      return request;
    });
  }

  private String newAgent() {
    String user = "guess" + UUID.randomUUID().toString().substring(0, 8);
    directory.ensureUser(user, "Guess", "Target", null, passwordOf(user), List.of("agent", "customer-service"));
    return user;
  }

  private static String passwordOf(String user) {
    return "secret-" + user;
  }
}
