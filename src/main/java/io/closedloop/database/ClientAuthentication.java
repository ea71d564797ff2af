package io.closedloop.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The embedded PostgreSQL's {@code pg_hba.conf}: every connection, over TCP on localhost or over
 * the local socket, proves the password with {@code scram-sha-256}; nothing is trusted.
 */
final class ClientAuthentication {

  static final String FILE_NAME = "pg_hba.conf";
  static final String PASSWORD_REQUIRED = """
      # Written by ClosedLoop at every start: every connection needs the password (scram-sha-256).
      # TYPE  DATABASE     USER  ADDRESS       METHOD
      local   all          all                 scram-sha-256
      host    all          all   127.0.0.1/32  scram-sha-256
      host    all          all   ::1/128       scram-sha-256
      """;

  private ClientAuthentication() {}

  static void requirePasswords(Path dataDir) throws IOException {
    Files.writeString(dataDir.resolve(FILE_NAME), PASSWORD_REQUIRED);
  }

  /** True when some rule lets a client in without a password, as zonky's {@code initdb -A trust} writes them. */
  static boolean trustsWithoutPassword(Path dataDir) throws IOException {
    Path file = dataDir.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      return false;
    }
    return Files.readAllLines(file).stream()
        .map(line -> line.replaceFirst("#.*", "").strip())
        .filter(line -> !line.isEmpty())
        .map(line -> List.of(line.split("\\s+")))
        .anyMatch(fields -> fields.contains("trust"));
  }
}
