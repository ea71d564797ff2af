package io.closedloop.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * The password of the embedded PostgreSQL's superuser, kept in its data directory in a file only
 * its owner may read or write (POSIX {@code 600} where the file system knows POSIX permissions).
 */
public final class PasswordFile {

  static final String NAME = "closedloop.password";
  static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  private final Path path;

  private PasswordFile(Path path) {
    this.path = path;
  }

  /** The password file of a data directory, whether it exists yet or not. */
  public static PasswordFile in(Path dataDir) {
    return new PasswordFile(dataDir.resolve(NAME));
  }

  public Path path() {
    return path;
  }

  public boolean exists() {
    return Files.exists(path);
  }

  public Optional<String> read() throws IOException {
    if (!exists()) {
      return Optional.empty();
    }
    return Optional.of(Files.readString(path, StandardCharsets.UTF_8).strip()).filter(password -> !password.isEmpty());
  }

  /** Writes the password; the file is owner-only from its first byte, and replaces an older one in one step. */
  void write(String password) throws IOException {
    writeOwnerOnly(path, password);
  }

  static void writeOwnerOnly(Path file, String content) throws IOException {
    Path directory = file.toAbsolutePath().getParent();
    Path fresh = supportsPosix(directory)
        ? Files.createTempFile(directory, ".closedloop-", ".tmp", ownerOnly())
        : Files.createTempFile(directory, ".closedloop-", ".tmp");
    try {
      Files.writeString(fresh, content + "\n", StandardCharsets.UTF_8);
      if (!supportsPosix(directory)) {
        restrictToOwner(fresh);
      }
      Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(fresh);
    }
  }

  private static boolean supportsPosix(Path directory) throws IOException {
    return Files.getFileStore(directory).supportsFileAttributeView("posix")
        && FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  private static FileAttribute<Set<PosixFilePermission>> ownerOnly() {
    return PosixFilePermissions.asFileAttribute(OWNER_ONLY);
  }

  private static void restrictToOwner(Path file) {
    var asFile = file.toFile();
    asFile.setReadable(false, false);
    asFile.setWritable(false, false);
    asFile.setReadable(true, true);
    asFile.setWritable(true, true);
  }
}
