package io.closedloop.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded PostgreSQL the application starts without an external database. */
@IntegrationTest
class EmbeddedDatabaseIT {

  @Autowired
  JdbcClient jdbc;

  @Test
  void commits_durably_although_zonky_turns_fsync_and_synchronous_commit_off() {
    assertThat(setting("fsync")).isEqualTo("on");
    assertThat(setting("synchronous_commit")).isEqualTo("on");
    assertThat(setting("full_page_writes")).isEqualTo("on");
  }

  @Test
  void listens_on_localhost_only() {
    assertThat(setting("listen_addresses")).isEqualTo("localhost");
  }

  @Test
  void is_postgresql_17() {
    assertThat(setting("server_version_num")).startsWith("17");
  }

  private String setting(String name) {
    return jdbc.sql("select current_setting(?)").param(name).query(String.class).single();
  }
}
