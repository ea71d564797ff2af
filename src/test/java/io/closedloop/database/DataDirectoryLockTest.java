package io.closedloop.database;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryLockTest {

  @TempDir
  Path workDir;

  @Test
  void a_second_lock_on_a_held_data_directory_fails_with_a_message_saying_what_to_do() throws Exception {
    Path dataDir = workDir.resolve("postgres");
    try (DataDirectoryLock held = DataDirectoryLock.acquire(dataDir)) {
      assertThatIllegalStateException().isThrownBy(() -> DataDirectoryLock.acquire(dataDir))
          .withMessageContaining(dataDir.toAbsolutePath().toString())
          .withMessageContaining("in use by another running ClosedLoop")
          .withMessageContaining("closedloop.embedded-db.data-dir");
    }
  }

  @Test
  void a_released_data_directory_can_be_locked_again() throws Exception {
    Path dataDir = workDir.resolve("postgres");
    DataDirectoryLock.acquire(dataDir).close();

    assertThatCode(() -> DataDirectoryLock.acquire(dataDir).close()).doesNotThrowAnyException();
  }

  @Test
  void different_data_directories_are_locked_independently() throws Exception {
    try (DataDirectoryLock first = DataDirectoryLock.acquire(workDir.resolve("one"))) {
      assertThatCode(() -> DataDirectoryLock.acquire(workDir.resolve("two")).close()).doesNotThrowAnyException();
    }
  }
}
