package io.closedloop.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real Keycloak server for the integration tests: the distribution Maven unpacked (system
 * property {@code keycloak.dist}), started in dev mode on free ports with the realm of
 * {@code docker/keycloak/} imported into a fresh database, stopped when the JVM ends. If it
 * does not become ready, the test fails with the end of Keycloak's log.
 */
public final class KeycloakServer {

  private static final Duration READY_WITHIN = Duration.ofMinutes(4);
  private static final Path REALM = Path.of("docker", "keycloak", "closedloop-realm.json");
  private static KeycloakServer running;

  private final Process process;
  private final Path log;
  private final int port;

  private KeycloakServer(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /** The one server of this test run, started on first use. */
  public static synchronized KeycloakServer get() {
    if (running == null) {
      running = start();
      Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "keycloak-stop"));
    }
    return running;
  }

  /** The base address, e.g. {@code http://localhost:41234}. */
  public String url() {
    return "http://localhost:" + port;
  }

  public String issuer() {
    return url() + "/realms/closedloop";
  }

  private static KeycloakServer start() {
    Path home = distribution();
    try {
      deleteRecursively(home.resolve("data"));
      Files.createDirectories(home.resolve("data/import"));
      Files.copy(REALM, home.resolve("data/import/closedloop-realm.json"), StandardCopyOption.REPLACE_EXISTING);
      int port = freePort();
      int managementPort = freePort();
      Path log = Path.of("target", "keycloak.log").toAbsolutePath();
      Files.createDirectories(log.getParent());
      ProcessBuilder builder = new ProcessBuilder(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
          "--http-host=127.0.0.1", "--http-port=" + port, "--hostname=http://localhost:" + port,
          "--http-management-port=" + managementPort, "--health-enabled=true", "--import-realm"))
          .redirectErrorStream(true)
          .redirectOutput(log.toFile());
      builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
      builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
      builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
      KeycloakServer server = new KeycloakServer(builder.start(), log, port);
      server.awaitReady(managementPort);
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Keycloak could not start from " + home, e);
    }
  }

  private static Path distribution() {
    String dist = System.getProperty("keycloak.dist");
    if (dist == null) {
      throw new IllegalStateException("System property keycloak.dist is not set: run the integration tests with ./mvnw verify");
    }
    Path home = Path.of(dist);
    if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
      throw new IllegalStateException("No Keycloak distribution in " + home + ": run ./mvnw verify, which unpacks it");
    }
    return home;
  }

  private void awaitReady(int managementPort) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/health/ready"))
        .timeout(Duration.ofSeconds(5)).build();
    Instant deadline = Instant.now().plus(READY_WITHIN);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Keycloak exited with code " + process.exitValue() + ":\n" + tailOfLog());
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      sleep();
    }
    stop();
    throw new IllegalStateException("Keycloak was not ready within " + READY_WITHIN + ":\n" + tailOfLog());
  }

  private void stop() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String tailOfLog() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    } catch (IOException e) {
      return "(no log at " + log + ")";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
