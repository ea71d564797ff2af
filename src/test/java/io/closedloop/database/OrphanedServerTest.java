package io.closedloop.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrphanedServerTest {

  @TempDir
  Path workDir;

  @Test
  void does_nothing_without_a_pid_file() throws Exception {
    Path dataDir = Files.createDirectories(workDir.resolve("postgres"));

    new OrphanedServer(dataDir).clear();

    assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
  }

  @Test
  void removes_the_pid_file_of_a_server_that_is_no_longer_running() throws Exception {
    Path dataDir = Files.createDirectories(workDir.resolve("postgres"));
    Process finished = new ProcessBuilder(sleep().toString(), "0").start();
    finished.waitFor(30, TimeUnit.SECONDS);
    Files.writeString(dataDir.resolve("postmaster.pid"), finished.pid() + "\n" + dataDir + "\n");

    new OrphanedServer(dataDir).clear();

    assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
  }

  @Test
  void leaves_alone_a_postgres_of_another_data_directory_that_reuses_the_recorded_pid() throws Exception {
    Path dataDir = Files.createDirectories(workDir.resolve("postgres"));
    Path otherDataDir = Files.createDirectories(workDir.resolve("someone-elses-postgres"));
    // A process named postgres, started as "postgres -c <script> -D <other dir>", that waits on its standard input
    Path renamed = Files.createDirectories(workDir.resolve("bin")).resolve("postgres");
    Files.copy(shell(), renamed, StandardCopyOption.COPY_ATTRIBUTES);
    Process foreign = new ProcessBuilder(renamed.toString(), "-c", "read -r line", "-D", otherDataDir.toString()).start();
    try {
      Files.writeString(dataDir.resolve("postmaster.pid"), foreign.pid() + "\n" + otherDataDir + "\n");

      new OrphanedServer(dataDir).clear();

      assertThat(foreign.isAlive()).as("the other server still runs").isTrue();
      assertThat(dataDir.resolve("postmaster.pid")).as("the stale pid file is gone").doesNotExist();
    } finally {
      foreign.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void stops_a_live_postgres_serving_this_data_directory() throws Exception {
    Path dataDir = Files.createDirectories(workDir.resolve("postgres"));
    Path renamed = Files.createDirectories(workDir.resolve("bin")).resolve("postgres");
    Files.copy(shell(), renamed, StandardCopyOption.COPY_ATTRIBUTES);
    Process orphan = new ProcessBuilder(renamed.toString(), "-c", "read -r line", "-D", dataDir.toString()).start();
    try {
      Files.writeString(dataDir.resolve("postmaster.pid"), orphan.pid() + "\n" + dataDir + "\n");

      new OrphanedServer(dataDir).clear();

      assertThat(orphan.isAlive()).as("the orphan was stopped").isFalse();
      assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
    } finally {
      orphan.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static Path sleep() {
    return executable("sleep");
  }

  private static Path shell() {
    return executable("bash");
  }

  private static Path executable(String name) {
    Optional<Path> found = Stream.of("/usr/bin/" + name, "/bin/" + name).map(Path::of).filter(Files::isExecutable).findFirst();
    assumeThat(found).as("%s is installed", name).isPresent();
    return found.get();
  }
}
