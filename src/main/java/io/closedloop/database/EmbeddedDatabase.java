package io.closedloop.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A running embedded PostgreSQL and the password its superuser {@code postgres} needs.
 *
 * @param server the running server; closing this stops it
 * @param dataDir its data directory, which holds the {@link PasswordFile}
 * @param password the superuser's password
 */
public record EmbeddedDatabase(EmbeddedPostgres server, Path dataDir, String password) implements AutoCloseable {

  static final String SUPERUSER = "postgres";

  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
  }

  public String username() {
    return SUPERUSER;
  }

  @Override
  public void close() throws IOException {
    server.close();
  }

  @Override
  public String toString() {
    return "EmbeddedDatabase[" + jdbcUrl() + ", " + dataDir + "]";
  }
}
