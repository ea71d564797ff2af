package io.closedloop.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After the application owning the embedded database is killed with {@code kill -9}, its
 * PostgreSQL lives on as an orphan holding {@code postmaster.pid}; the next start on the same
 * data directory stops it and finds the committed data.
 */
class EmbeddedDatabaseRecoveryIT {

  @TempDir
  Path workDir;

  Process owner;
  final List<String> ownerOutput = Collections.synchronizedList(new ArrayList<>());
  Optional<ProcessHandle> orphan = Optional.empty();

  @AfterEach
  void stopEverythingStarted() throws Exception {
    if (owner != null && owner.isAlive()) {
      owner.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    orphan.filter(ProcessHandle::isAlive).ifPresent(ProcessHandle::destroyForcibly);
  }

  @Test
  void the_next_start_after_the_owning_jvm_was_killed_stops_the_orphaned_server_and_finds_the_committed_row() throws Exception {
    Path dataDir = workDir.resolve("postgres");
    String value = "committed-before-kill-" + UUID.randomUUID();
    owner = startOwner(dataDir, value);
    awaitReady();

    assertThatIllegalStateException().as("a running owner keeps the data directory to itself")
        .isThrownBy(() -> DataDirectoryLock.acquire(dataDir))
        .withMessageContaining("in use by another running ClosedLoop");

    orphan = postmaster(dataDir);
    assertThat(orphan).as("the owner's PostgreSQL is running").isPresent();
    owner.destroyForcibly();
    assertThat(owner.waitFor(60, TimeUnit.SECONDS)).as("the owner died").isTrue();
    assertThat(orphan.get().isAlive()).as("PostgreSQL outlives the killed JVM").isTrue();
    assertThat(dataDir.resolve("postmaster.pid")).exists();

    try (DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir)) {
      new OrphanedServer(dataDir).clear();
      assertThat(orphan.get().isAlive()).as("the orphan was stopped").isFalse();

      try (EmbeddedDatabase restarted = EmbeddedDatabaseOwner.start(dataDir)) {
        assertThat(survivors(restarted.server())).containsExactly(value);
      }
    }
  }

  @Test
  void a_stale_pid_file_of_a_dead_server_is_removed_and_the_data_survives() throws Exception {
    Path dataDir = workDir.resolve("postgres");
    String value = "survives-a-crash-" + UUID.randomUUID();
    owner = startOwner(dataDir, value);
    awaitReady();
    orphan = postmaster(dataDir);
    assertThat(orphan).isPresent();

    owner.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
    List<ProcessHandle> serverProcesses = orphan.get().descendants().toList();
    orphan.get().destroyForcibly();
    assertThat(orphan.get().onExit().get(60, TimeUnit.SECONDS).isAlive()).as("the server crashed").isFalse();
    for (ProcessHandle process : serverProcesses) {
      // its backends notice the postmaster died and leave; until they do, they hold its shared memory
      process.onExit().get(60, TimeUnit.SECONDS);
    }
    assertThat(dataDir.resolve("postmaster.pid")).as("a crashed server leaves its pid file").exists();

    try (DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir)) {
      new OrphanedServer(dataDir).clear();
      assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();

      try (EmbeddedDatabase restarted = EmbeddedDatabaseOwner.start(dataDir)) {
        assertThat(survivors(restarted.server())).containsExactly(value);
      }
    }
  }

  private Process startOwner(Path dataDir, String value) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
        EmbeddedDatabaseOwner.class.getName(), dataDir.toString(), value)
        .redirectErrorStream(true)
        .start();
    return process;
  }

  private void awaitReady() throws Exception {
    CompletableFuture<Boolean> ready = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = lines.readLine()) != null) {
          ownerOutput.add(line);
          if (line.equals(EmbeddedDatabaseOwner.READY)) {
            ready.complete(true);
          }
        }
      } catch (IOException e) {
        // the owner was killed
      }
      ready.complete(false);
    }, "embedded-database-owner-output");
    reader.setDaemon(true);
    reader.start();
    assertThat(ready.get(5, TimeUnit.MINUTES)).as("the owner became ready; it said:%n%s", String.join("\n", ownerOutput)).isTrue();
  }

  private static Optional<ProcessHandle> postmaster(Path dataDir) throws IOException {
    List<String> pidFile = Files.readAllLines(dataDir.resolve("postmaster.pid"));
    return ProcessHandle.of(Long.parseLong(pidFile.get(0).trim()));
  }

  private static List<String> survivors(EmbeddedPostgres postgres) throws Exception {
    List<String> values = new ArrayList<>();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement query = connection.createStatement();
        ResultSet rows = query.executeQuery("select value from survivor")) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
