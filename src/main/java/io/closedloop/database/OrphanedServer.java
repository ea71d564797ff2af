package io.closedloop.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left behind by an application that was killed. Only called while this
 * application holds the {@link DataDirectoryLock}, so a live server on the data directory is
 * an orphan: it is stopped (TERM, then KILL), and a stale {@code postmaster.pid} is removed so
 * that PostgreSQL's crash recovery can do the rest. A process that merely reuses the recorded
 * pid (after a reboot, say) is left alone: only a postgres serving this data directory is stopped.
 */
final class OrphanedServer {

  private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
  private static final Duration GRACE = Duration.ofSeconds(15);

  private final Path dataDir;
  private final Path pidFile;

  OrphanedServer(Path dataDir) {
    this.dataDir = dataDir.toAbsolutePath().normalize();
    this.pidFile = this.dataDir.resolve("postmaster.pid");
  }

  void clear() throws IOException {
    if (!Files.exists(pidFile)) {
      return;
    }
    Optional<ProcessHandle> server = serverProcess();
    if (server.isPresent()) {
      stop(server.get());
    } else {
      log.info("Removing the stale {} of a server that is no longer running", pidFile);
    }
    Files.deleteIfExists(pidFile);
  }

  private Optional<ProcessHandle> serverProcess() throws IOException {
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).trim());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(false))
        .filter(this::servesDataDirectory);
  }

  /**
   * The postmaster is started as {@code postgres -D <data dir> ...}. Where the platform does not
   * tell a process's arguments (Windows), a live postgres named in our pid file is taken as ours.
   */
  private boolean servesDataDirectory(ProcessHandle process) {
    Optional<String[]> known = process.info().arguments();
    if (known.isEmpty()) {
      return true;
    }
    String[] arguments = known.get();
    for (int i = 0; i + 1 < arguments.length; i++) {
      if (arguments[i].equals("-D") && sameDirectory(arguments[i + 1])) {
        return true;
      }
    }
    log.info("Process {} is not a PostgreSQL serving {}; leaving it alone", process.pid(), dataDir);
    return false;
  }

  private boolean sameDirectory(String argument) {
    try {
      return Path.of(argument).toAbsolutePath().normalize().equals(dataDir)
          || Files.isSameFile(Path.of(argument), dataDir);
    } catch (IOException | InvalidPathException e) {
      return false;
    }
  }

  private void stop(ProcessHandle server) {
    log.warn("Stopping the orphaned embedded PostgreSQL (pid {}) left by an application that did not shut down", server.pid());
    server.destroy();
    if (!waitForExit(server)) {
      log.warn("The orphaned PostgreSQL did not stop within {} s; killing it", GRACE.toSeconds());
      server.destroyForcibly();
      waitForExit(server);
    }
  }

  private static boolean waitForExit(ProcessHandle process) {
    try {
      process.onExit().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (Exception e) {
      return !process.isAlive();
    }
  }
}
