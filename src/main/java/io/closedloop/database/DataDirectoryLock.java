package io.closedloop.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on the embedded data directory, held while the application runs. The
 * operating system releases it when the process dies, even after {@code kill -9}, so a held
 * lock always means another running application.
 */
public final class DataDirectoryLock implements AutoCloseable {

  private final FileChannel channel;
  private final FileLock lock;

  private DataDirectoryLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static DataDirectoryLock none() {
    return new DataDirectoryLock(null, null);
  }

  static DataDirectoryLock acquire(Path dataDir) throws IOException {
    Path absolute = dataDir.toAbsolutePath();
    Files.createDirectories(absolute.getParent());
    Path lockFile = absolute.resolveSibling(absolute.getFileName() + ".lock");
    FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new IllegalStateException("The embedded database in " + absolute
          + " is in use by another running ClosedLoop. Stop it first, or set closedloop.embedded-db.data-dir to another directory.");
    }
    return new DataDirectoryLock(channel, lock);
  }

  @Override
  public void close() throws IOException {
    if (lock != null) {
      lock.release();
      channel.close();
    }
  }
}
