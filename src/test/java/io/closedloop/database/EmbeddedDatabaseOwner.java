package io.closedloop.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;

/**
 * Owns an embedded data directory the way the application does at start (lock, clear an orphan,
 * start PostgreSQL with durable commits), writes one row, says {@code READY} and then waits to be
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
    EmbeddedPostgres postgres = start(dataDir);
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement ddl = connection.createStatement();
        PreparedStatement insert = connection.prepareStatement("insert into survivor (value) values (?)")) {
      ddl.execute("create table if not exists survivor (value text not null)");
      insert.setString(1, args[1]);
      insert.executeUpdate();
    }
    System.out.println(READY);
    System.out.flush();
    Thread.sleep(Duration.ofHours(1).toMillis());
    postgres.close();
    lock.close();
  }

  /** Starts PostgreSQL on the data directory with the settings of {@link EmbeddedDatabaseConfiguration}. */
  static EmbeddedPostgres start(Path dataDir) throws java.io.IOException {
    Files.createDirectories(dataDir.toAbsolutePath().getParent());
    return EmbeddedPostgres.builder()
        .setPort(0)
        .setRegisterShutdownHook(false)
        .setPGStartupWait(Duration.ofSeconds(120))
        .setServerConfig("listen_addresses", "localhost")
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .setDataDirectory(dataDir.toAbsolutePath())
        .setCleanDataDirectory(false)
        .start();
  }
}
