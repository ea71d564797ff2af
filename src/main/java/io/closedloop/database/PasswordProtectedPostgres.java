package io.closedloop.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL so that no local process gets in without the password: durable
 * commits, localhost only, {@code scram-sha-256} for every connection. The first start generates
 * the password and stores it in the data directory ({@link PasswordFile}); a restart reuses it; a
 * data directory from before passwords (zonky's {@code initdb -A trust}) is upgraded in place.
 */
public final class PasswordProtectedPostgres {

  private static final Logger log = LoggerFactory.getLogger(PasswordProtectedPostgres.class);

  private final int port;
  private final Duration startupWait;

  public PasswordProtectedPostgres(int port, Duration startupWait) {
    this.port = port;
    this.startupWait = startupWait;
  }

  /** Starts on a data directory that outlives the server, creating it on the first start. */
  public EmbeddedDatabase start(Path dataDir) throws IOException {
    Path absolute = dataDir.toAbsolutePath();
    Files.createDirectories(absolute.getParent());
    if (!isInitialized(absolute)) {
      return initializeAndStart(absolute, false);
    }
    if (ClientAuthentication.trustsWithoutPassword(absolute)) {
      return upgradeAndStart(absolute);
    }
    String password = PasswordFile.in(absolute).read().orElseThrow(() -> new IllegalStateException(
        "The embedded database in " + absolute + " requires a password, but its password file "
            + PasswordFile.in(absolute).path() + " is missing or empty. Restore it, or set "
            + "closedloop.embedded-db.data-dir to another directory to start afresh."));
    return start(absolute, password, false, ClientAuthentication::requirePasswords, null);
  }

  /** Starts on a fresh temporary data directory that is removed when the server stops. */
  public EmbeddedDatabase startThrowaway() throws IOException {
    return initializeAndStart(Files.createTempDirectory("closedloop-postgres-"), true);
  }

  private EmbeddedDatabase initializeAndStart(Path dataDir, boolean throwaway) throws IOException {
    String password = RandomPassword.generate();
    Path initialPassword = Files.createTempFile("closedloop-initdb-", ".password");
    try {
      PasswordFile.writeOwnerOnly(initialPassword, password);
      EmbeddedDatabase database = start(dataDir, password, throwaway, initialized -> {
        PasswordFile.in(initialized).write(password);
        ClientAuthentication.requirePasswords(initialized);
      }, initialPassword);
      log.info("Created the embedded database in {} with a generated password in {}", dataDir, PasswordFile.in(dataDir).path());
      return database;
    } finally {
      Files.deleteIfExists(initialPassword);
    }
  }

  private EmbeddedDatabase upgradeAndStart(Path dataDir) throws IOException {
    PasswordFile passwordFile = PasswordFile.in(dataDir);
    String password = passwordFile.read().orElse(null);
    if (password == null) {
      password = RandomPassword.generate();
      passwordFile.write(password);
    }
    EmbeddedDatabase database = start(dataDir, password, false, unchanged -> {}, null);
    try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), password);
        Statement statement = connection.createStatement()) {
      statement.execute("alter role " + EmbeddedDatabase.SUPERUSER + " with password '" + password + "'");
      ClientAuthentication.requirePasswords(dataDir);
      statement.execute("select pg_reload_conf()");
    } catch (SQLException | IOException e) {
      database.close();
      throw new IOException("Could not give the embedded database in " + dataDir + " a password", e);
    }
    log.warn("Upgraded the embedded database in {}: it trusted every local connection, now it requires the password in {}",
        dataDir, passwordFile.path());
    return database;
  }

  /** {@code initialPassword}: the file {@code initdb} takes the password from, or null when the data directory exists. */
  private EmbeddedDatabase start(Path dataDir, String password, boolean throwaway, DataDirectoryStep beforeStart,
      Path initialPassword) throws IOException {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
        .setPort(port)
        .setRegisterShutdownHook(false)
        .setPGStartupWait(startupWait)
        .setDataDirectory(dataDir)
        .setCleanDataDirectory(throwaway)
        .setServerConfig("listen_addresses", "localhost")
        .setServerConfig("password_encryption", "scram-sha-256")
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("full_page_writes", "on")
        .setServerConfig("max_connections", "100")
        .setConnectConfig("password", password)
        .setDataDirectoryCustomizer(beforeStart.unchecked());
    if (initialPassword != null) {
      // zonky runs "initdb -A trust"; options it passes later win, so the superuser starts with a password
      builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", initialPassword.toString());
    }
    return new EmbeddedDatabase(builder.start(), dataDir, password);
  }

  private static boolean isInitialized(Path dataDir) {
    return Files.exists(dataDir.resolve("postgresql.conf"));
  }

  /** What to do to the data directory after {@code initdb} and before the server starts. */
  @FunctionalInterface
  private interface DataDirectoryStep {
    void apply(Path dataDir) throws IOException;

    default Consumer<File> unchecked() {
      return directory -> {
        try {
          apply(directory.toPath());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      };
    }
  }
}
