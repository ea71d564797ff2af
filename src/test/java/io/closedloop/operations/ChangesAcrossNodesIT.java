package io.closedloop.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.closedloop.settings.AlarmWords;
import io.closedloop.support.Api;
import io.closedloop.support.IntegrationTest;
import io.closedloop.web.PersonalPreferences;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What one node changes, the others hear through PostgreSQL's NOTIFY: here "another node" is a
 * plain database connection that changes rows behind this node's back and announces it the way a
 * node does.
 */
@IntegrationTest
class ChangesAcrossNodesIT {

  private static final Duration AT_ONCE = Duration.ofSeconds(5);

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Autowired
  DataSource dataSource;

  @Autowired
  AlarmWords alarmWords;

  @Autowired
  PersonalPreferences preferences;

  @Autowired
  IdentityService identity;

  @Test
  void alarm_words_saved_on_another_node_hold_here_at_once() throws Exception {
    Optional<List<String>> before = alarmWords.saved();
    String word = "word-" + UUID.randomUUID().toString().substring(0, 8);
    try {
      jdbc.sql("""
              insert into app_setting (key, value, updated_at, updated_by) values ('alarm.words', :value, now(), 'other-node')
              on conflict (key) do update set value = excluded.value
              """).param("value", word).update();
      assertThat(alarmWords.saved()).as("read less than a minute ago, so remembered").isEqualTo(before);

      announceFromAnotherNode("settings|alarm.words");

      await().atMost(AT_ONCE).untilAsserted(() -> assertThat(alarmWords.saved()).contains(List.of(word)));
    } finally {
      jdbc.sql("delete from app_setting where key = 'alarm.words'").update();
      alarmWords.forget();
    }
  }

  @Test
  void a_user_removed_from_their_role_on_another_node_is_refused_here_at_once() throws Exception {
    String userId = "node-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identity.newUser(userId);
    user.setPassword(userId);
    identity.saveUser(user);
    identity.createMembership(userId, "leadership");
    assertThat(Api.as(userId, port).getForEntity("/api/cases", String.class).getStatusCode().value()).isEqualTo(200);

    jdbc.sql("delete from act_id_membership where user_id_ = :user").param("user", userId).update();
    assertThat(Api.as(userId, port).getForEntity("/api/cases", String.class).getStatusCode().value())
        .as("the login is remembered on this node").isEqualTo(200);
    announceFromAnotherNode("users|" + userId);

    await().atMost(AT_ONCE).untilAsserted(
        () -> assertThat(Api.as(userId, port).getForEntity("/api/cases", String.class).getStatusCode().value()).isEqualTo(403));
    identity.deleteUser(userId);
  }

  @Test
  void a_change_made_here_is_announced_to_the_other_nodes_once_committed() throws Exception {
    try (Connection otherNode = dataSource.getConnection()) {
      otherNode.setAutoCommit(true);
      try (Statement listen = otherNode.createStatement()) {
        listen.execute("listen " + PostgresChangeChannel.CHANNEL);
      }

      preferences.save("bob", new PersonalPreferences.Preference(null, null));

      List<String> heard = new ArrayList<>();
      await().atMost(AT_ONCE).untilAsserted(() -> {
        PGNotification[] notifications = otherNode.unwrap(PGConnection.class).getNotifications(200);
        if (notifications != null) {
          for (PGNotification notification : notifications) {
            heard.add(notification.getParameter());
          }
        }
        assertThat(heard).anyMatch(payload -> payload.endsWith("|preferences|bob"));
      });
      try (Statement unlisten = otherNode.createStatement()) {
        unlisten.execute("unlisten *");
      }
    }
  }

  private void announceFromAnotherNode(String change) {
    jdbc.sql("select pg_notify(:channel, :payload)").param("channel", PostgresChangeChannel.CHANNEL)
        .param("payload", "another-node|" + change).query(String.class).single();
  }
}
