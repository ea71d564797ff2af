package io.closedloop.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL on a data directory that outlives it: its password is made once, kept, and added to old directories. */
class PasswordProtectedPostgresIT {

  @TempDir
  Path workDir;

  final PasswordProtectedPostgres postgres = new PasswordProtectedPostgres(0, Duration.ofSeconds(120));

  @Test
  void the_first_start_generates_a_password_and_keeps_it_in_an_owner_only_file_of_the_data_directory() throws Exception {
    Path dataDir = workDir.resolve("postgres");
    try (EmbeddedDatabase database = postgres.start(dataDir)) {
      assertThat(PasswordFile.in(dataDir.toAbsolutePath()).read()).contains(database.password());
      assertThat(Files.getPosixFilePermissions(PasswordFile.in(dataDir).path())).isEqualTo(PasswordFile.OWNER_ONLY);
      assertRequiresThePassword(database);
    }
  }

  @Test
  void a_restart_on_the_same_data_directory_reuses_the_stored_password_and_finds_the_data() throws Exception {
    Path dataDir = workDir.resolve("postgres");
    String firstPassword;
    try (EmbeddedDatabase first = postgres.start(dataDir)) {
      firstPassword = first.password();
      execute(Login.withPassword(first, firstPassword), "create table kept (value text); insert into kept values ('before restart')");
    }

    try (EmbeddedDatabase restarted = postgres.start(dataDir)) {
      assertThat(restarted.password()).isEqualTo(firstPassword);
      assertThat(Login.queryOne(Login.withPassword(restarted, firstPassword), "select value from kept")).isEqualTo("before restart");
      assertRequiresThePassword(restarted);
    }
  }

  @Test
  void a_data_directory_from_before_passwords_gets_one_and_keeps_its_data() throws Exception {
    Path dataDir = workDir.resolve("postgres").toAbsolutePath();
    try (EmbeddedPostgres trusting = startTheWayClosedLoopDidBeforePasswords(dataDir)) {
      execute(trusting.getPostgresDatabase().getConnection(), "create table kept (value text); insert into kept values ('from before')");
    }
    assertThat(ClientAuthentication.trustsWithoutPassword(dataDir)).as("zonky's initdb trusts local connections").isTrue();
    assertThat(PasswordFile.in(dataDir).exists()).isFalse();

    try (EmbeddedDatabase upgraded = postgres.start(dataDir)) {
      assertThat(PasswordFile.in(dataDir).read()).contains(upgraded.password());
      assertThat(Login.queryOne(Login.withPassword(upgraded, upgraded.password()), "select value from kept")).isEqualTo("from before");
      assertRequiresThePassword(upgraded);
    }

    try (EmbeddedDatabase restarted = postgres.start(dataDir)) {
      assertThat(Login.queryOne(Login.withPassword(restarted, restarted.password()), "select value from kept")).isEqualTo("from before");
      assertRequiresThePassword(restarted);
    }
  }

  @Test
  void a_data_directory_that_lost_its_password_file_stops_the_start_with_a_message_saying_what_to_do() throws Exception {
    Path dataDir = workDir.resolve("postgres").toAbsolutePath();
    postgres.start(dataDir).close();
    Files.delete(PasswordFile.in(dataDir).path());

    assertThatIllegalStateException().isThrownBy(() -> postgres.start(dataDir).close())
        .withMessageContaining(PasswordFile.in(dataDir).path().toString())
        .withMessageContaining("closedloop.embedded-db.data-dir");
  }

  /** No password, a wrong one: refused, on every rule of pg_hba.conf; the stored one: let in. */
  static void assertRequiresThePassword(EmbeddedDatabase database) throws Exception {
    assertThatThrownBy(() -> Login.withoutPassword(database).close()).isInstanceOf(SQLException.class)
        .hasMessageContaining("no password was provided");
    assertThatThrownBy(() -> Login.withPassword(database, database.password() + "x").close()).isInstanceOf(SQLException.class)
        .hasMessageContaining("password authentication failed");
    assertThat(Login.queryOne(Login.withPassword(database, database.password()),
        "select string_agg(distinct auth_method, ',') from pg_hba_file_rules where error is null")).isEqualTo("scram-sha-256");
    assertThat(Login.queryOne(Login.withPassword(database, database.password()),
        "select rolpassword from pg_authid where rolname = 'postgres'")).startsWith("SCRAM-SHA-256$");
  }

  private static EmbeddedPostgres startTheWayClosedLoopDidBeforePasswords(Path dataDir) throws Exception {
    return EmbeddedPostgres.builder()
        .setPort(0)
        .setRegisterShutdownHook(false)
        .setPGStartupWait(Duration.ofSeconds(120))
        .setServerConfig("listen_addresses", "localhost")
        .setDataDirectory(dataDir)
        .setCleanDataDirectory(false)
        .start();
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (connection; Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
