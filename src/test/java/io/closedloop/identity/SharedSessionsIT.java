package io.closedloop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.IntegrationTest;
import io.closedloop.support.WebappSession;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Page sessions live in the database, where every node finds them: the login, our check of the
 * user's groups and the Camunda webapps' copy of the login are all stored there, and a session
 * gone from the database is gone on every node.
 */
@IntegrationTest
class SharedSessionsIT {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Test
  void a_login_with_its_webapp_session_is_stored_in_the_database() {
    WebappSession mike = WebappSession.of("mike", "mike", port);
    assertThat(mike.page("/team").statusCode()).isEqualTo(200);
    assertThat(mike.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(200);

    assertThat(attributesOf("mike")).contains("SPRING_SECURITY_CONTEXT", FreshAuthorities.CHECKED_ON, "authenticatedUser",
        "CAMUNDA_CSRF_TOKEN");
  }

  @Test
  void a_session_removed_from_the_database_is_over() {
    WebappSession lea = WebappSession.of("lea", "lea", port);
    assertThat(lea.page("/dashboard").statusCode()).isEqualTo(200);

    jdbc.sql("delete from spring_session where principal_name = 'lea'").update();
    HttpResponse<String> after = lea.page("/dashboard");

    assertThat(after.statusCode()).isEqualTo(302);
    assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login");
  }

  @Test
  void a_page_view_stores_the_sessions_last_access_only_when_the_stored_one_is_a_minute_old() {
    WebappSession bob = WebappSession.of("bob", "bob", port);
    assertThat(bob.page("/inbox").statusCode()).isEqualTo(200);
    String session = jdbc.sql("select primary_id from spring_session where principal_name = 'bob' order by creation_time desc limit 1")
        .query(String.class).single();
    long stored = lastAccessOf(session);

    assertThat(bob.page("/inbox").statusCode()).isEqualTo(200);
    assertThat(lastAccessOf(session)).as("stored again within the minute").isEqualTo(stored);

    jdbc.sql("update spring_session set last_access_time = last_access_time - 61000 where primary_id = :id").param("id", session).update();
    assertThat(bob.page("/inbox").statusCode()).isEqualTo(200);
    assertThat(lastAccessOf(session)).as("stored once a minute old").isGreaterThan(stored);
  }

  private long lastAccessOf(String session) {
    return jdbc.sql("select last_access_time from spring_session where primary_id = :id").param("id", session).query(Long.class).single();
  }

  private List<String> attributesOf(String user) {
    return jdbc.sql("""
            select a.attribute_name from spring_session s join spring_session_attributes a on a.session_primary_id = s.primary_id
            where s.principal_name = :user
            """).param("user", user).query(String.class).list();
  }
}
