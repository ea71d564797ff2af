package io.closedloop.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientAuthenticationTest {

  @TempDir
  Path dataDir;

  @Test
  void the_rules_it_writes_ask_every_connection_for_the_password_and_trust_none() throws Exception {
    ClientAuthentication.requirePasswords(dataDir);

    assertThat(ClientAuthentication.trustsWithoutPassword(dataDir)).isFalse();
    assertThat(Files.readAllLines(dataDir.resolve("pg_hba.conf")))
        .filteredOn(line -> !line.startsWith("#"))
        .hasSize(3)
        .allSatisfy(rule -> assertThat(rule).endsWith("scram-sha-256"))
        .anySatisfy(rule -> assertThat(rule).startsWith("local"))
        .anySatisfy(rule -> assertThat(rule).contains("127.0.0.1/32"))
        .anySatisfy(rule -> assertThat(rule).contains("::1/128"));
  }

  @Test
  void sees_the_trust_rules_that_initdb_wrote_for_zonky() throws Exception {
    Files.writeString(dataDir.resolve("pg_hba.conf"), """
        # "local" is for Unix domain socket connections only
        local   all             all                                     trust
        # IPv4 local connections:
        host    all             all             127.0.0.1/32            trust
        """);

    assertThat(ClientAuthentication.trustsWithoutPassword(dataDir)).isTrue();
  }

  @Test
  void a_trust_mentioned_only_in_a_comment_is_no_rule() throws Exception {
    Files.writeString(dataDir.resolve("pg_hba.conf"), """
        # METHOD can be "trust", "reject", "md5", "password", "scram-sha-256"
        host    all   all   127.0.0.1/32   scram-sha-256   # never trust
        """);

    assertThat(ClientAuthentication.trustsWithoutPassword(dataDir)).isFalse();
  }
}
