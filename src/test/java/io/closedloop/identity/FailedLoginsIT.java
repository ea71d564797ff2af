package io.closedloop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/** Repeated failed logins slow down and then lock the user, so passwords cannot be guessed at speed. */
@IntegrationTest
class FailedLoginsIT {

  @LocalServerPort
  int port;
  @Autowired
  Directory directory;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void the_right_password_is_refused_right_after_a_wrong_one_and_accepted_once_the_delay_has_passed() {
    String user = newAgent();
    assertThat(statusOf(user, "wrong")).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(statusOf(user, "secret-" + user)).isEqualTo(HttpStatus.UNAUTHORIZED);

    ClockUtil.offset(10_000L);

    assertThat(statusOf(user, "secret-" + user)).isEqualTo(HttpStatus.OK);
  }

  @Test
  void ten_failed_logins_lock_the_user_even_with_the_right_password() {
    String user = newAgent();
    for (int attempt = 1; attempt <= 10; attempt++) {
      ClockUtil.offset(attempt * 120_000L);
      assertThat(statusOf(user, "wrong")).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    ClockUtil.offset(3_600_000L);

    assertThat(statusOf(user, "secret-" + user)).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private String newAgent() {
    String user = "guess" + UUID.randomUUID().toString().substring(0, 8);
    directory.ensureUser(user, "Guess", "Target", null, "secret-" + user, List.of("agent", "customer-service"));
    return user;
  }

  private HttpStatus statusOf(String user, String password) {
    return HttpStatus.valueOf(new TestRestTemplate(user, password)
        .getForEntity("http://localhost:" + port + "/api/notifications/unread-count", String.class).getStatusCode().value());
  }
}
