package io.closedloop.cluster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The PostgreSQL every node of a cluster test shares, owned by the test rather than by a node: a
 * node killed with {@code kill -9} must not take the database with it. It can be restarted on the
 * same data and port, as an operator restarts a database under load.
 */
final class ClusterDatabase implements AutoCloseable {

  private final Path dataDirectory;
  private final int port;
  private EmbeddedPostgres server;

  private ClusterDatabase(Path dataDirectory, int port) {
    this.dataDirectory = dataDirectory;
    this.port = port;
  }

  static ClusterDatabase start() throws IOException {
    ClusterDatabase database = new ClusterDatabase(Files.createTempDirectory("closedloop-cluster-"), ClusterNode.freePort());
    database.server = database.builder().start();
    return database;
  }

  String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/postgres";
  }

  DataSource dataSource() {
    return server.getPostgresDatabase();
  }

  void stop() throws IOException {
    server.close();
  }

  void startAgain() throws IOException {
    server = builder().start();
  }

  @Override
  public void close() throws IOException {
    if (server != null) {
      server.close();
    }
    org.springframework.util.FileSystemUtils.deleteRecursively(dataDirectory);
  }

  // never cleaned by the server itself: a restart must find the data again
  private EmbeddedPostgres.Builder builder() {
    return EmbeddedPostgres.builder()
        .setPort(port)
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        .setRegisterShutdownHook(true)
        .setPGStartupWait(Duration.ofSeconds(60))
        .setServerConfig("max_connections", "200");
  }
}
