package io.closedloop.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;

/**
 * Owns an embedded data directory the way the application does at start (lock, clear an orphan,
 * start PostgreSQL with durable commits and a password), writes one row, says {@code READY} and then waits to be
 * killed. Run in a separate JVM by {@link EmbeddedDatabaseRecoveryIT}.
 */
final class EmbeddedDatabaseOwner {

  static final String READY = "READY";

  private EmbeddedDatabaseOwner() {}

  /** Arguments: the data directory and the value to write. */
  public static void main(String[] args) throws Exception {
    Path dataDir = Path.of(args[0]);
    DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir);
    new OrphanedServer(dataDir).clear();
    EmbeddedDatabase database = start(dataDir);
    try (Connection connection = database.server().getPostgresDatabase().getConnection();
        Statement ddl = connection.createStatement();
        PreparedStatement insert = connection.prepareStatement("insert into survivor (value) values (?)")) {
      ddl.execute("create table if not exists survivor (value text not null)");
      insert.setString(1, args[1]);
      insert.executeUpdate();
    }
    System.out.println(READY);
    System.out.flush();
    Thread.sleep(Duration.ofHours(1).toMillis());
    database.close();
    lock.close();
  }

  /** Starts PostgreSQL on the data directory the way {@link EmbeddedDatabaseConfiguration} does, password included. */
  static EmbeddedDatabase start(Path dataDir) throws java.io.IOException {
    return new PasswordProtectedPostgres(0, Duration.ofSeconds(120)).start(dataDir);
  }
}
