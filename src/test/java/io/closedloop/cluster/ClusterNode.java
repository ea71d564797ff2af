package io.closedloop.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One node of ClosedLoop in a JVM of its own, started from the application's jar on a database
 * the test owns, with its log in {@code target/cluster/}. Killed the hard way ({@code kill -9}) or
 * stopped the polite way.
 */
final class ClusterNode {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  private final String name;
  private final int port;
  private final Path log;
  private Process process;

  private ClusterNode(String name, int port, Path log) {
    this.name = name;
    this.port = port;
    this.log = log;
  }

  static ClusterNode start(String name, String jdbcUrl, List<String> extraArguments) throws Exception {
    int port = freePort();
    Path log = Path.of("target", "cluster", name + ".log");
    Files.createDirectories(log.getParent());
    ClusterNode node = new ClusterNode(name, port, log);
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx768m", "-XX:TieredStopAtLevel=1", "-jar", jar().toString(),
        "--server.port=" + port,
        "--spring.datasource.url=" + jdbcUrl,
        "--spring.datasource.username=postgres",
        "--spring.datasource.password=",
        "--closedloop.demo-data=false",
        "--closedloop.admin.username=admin",
        "--closedloop.admin.password=admin-secret",
        "--spring.main.banner-mode=off"));
    command.addAll(extraArguments);
    node.process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    node.awaitReady();
    return node;
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  int port() {
    return port;
  }

  String name() {
    return name;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** {@code kill -9}: no shutdown hook, no last commit, jobs left locked. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
      kill();
    }
  }

  /** The readiness probe's status, or 0 when the node does not answer. */
  int readiness() {
    return status("/actuator/health/readiness");
  }

  int status(String path) {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  private void awaitReady() throws Exception {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (readiness() != 200) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new IllegalStateException(name + " did not start; its log is " + log.toAbsolutePath() + ":\n" + tail());
      }
      Thread.sleep(500);
    }
  }

  private String tail() throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  private static Path jar() {
    Path jar = Path.of(System.getProperty("cluster.jar", "target/closedloop-0.1.0-SNAPSHOT.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("No application jar at " + jar.toAbsolutePath() + ": run ./mvnw package (./mvnw verify does)");
    }
    return jar;
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
