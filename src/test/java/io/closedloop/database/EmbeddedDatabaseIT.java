package io.closedloop.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.closedloop.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded PostgreSQL the application starts without an external database (here its throwaway one). */
@IntegrationTest
class EmbeddedDatabaseIT {

  @Autowired
  JdbcClient jdbc;

  @Autowired
  EmbeddedDatabase database;

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

  @Test
  void refuses_a_connection_without_a_password() {
    assertThatThrownBy(() -> Login.withoutPassword(database).close()).isInstanceOf(SQLException.class)
        .hasMessageContaining("no password was provided");
  }

  @Test
  void refuses_a_connection_with_a_wrong_password() {
    assertThatThrownBy(() -> Login.withPassword(database, "postgres").close()).isInstanceOf(SQLException.class)
        .hasMessageContaining("password authentication failed for user \"postgres\"");
  }

  @Test
  void lets_in_a_connection_with_the_password_stored_in_its_data_directory() throws Exception {
    String stored = PasswordFile.in(dataDirectory()).read().orElseThrow();

    assertThat(Login.queryOne(Login.withPassword(database, stored), "select current_user")).isEqualTo("postgres");
  }

  @Test
  void keeps_the_password_file_readable_by_its_owner_only() throws Exception {
    assertThat(Files.getPosixFilePermissions(PasswordFile.in(dataDirectory()).path())).isEqualTo(PasswordFile.OWNER_ONLY);
  }

  @Test
  void asks_every_connection_for_a_scram_sha_256_password_and_trusts_none() {
    assertThat(setting("password_encryption")).isEqualTo("scram-sha-256");
    assertThat(jdbc.sql("select distinct auth_method from pg_hba_file_rules").query(String.class).list())
        .containsExactly("scram-sha-256");
    assertThat(jdbc.sql("select count(*) from pg_hba_file_rules where error is not null").query(Long.class).single()).isZero();
    assertThat(jdbc.sql("select rolpassword from pg_authid where rolname = 'postgres'").query(String.class).single())
        .startsWith("SCRAM-SHA-256$");
  }

  private Path dataDirectory() {
    Path reported = Path.of(setting("data_directory"));
    assertThat(reported).isEqualTo(database.dataDir());
    return reported;
  }

  private String setting(String name) {
    return jdbc.sql("select current_setting(?)").param(name).query(String.class).single();
  }
}
