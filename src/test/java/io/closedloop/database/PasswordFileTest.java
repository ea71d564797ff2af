package io.closedloop.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordFileTest {

  @TempDir
  Path dataDir;

  @Test
  void reads_back_the_password_it_wrote() throws Exception {
    PasswordFile file = PasswordFile.in(dataDir);

    file.write("s3cret-Value_1");

    assertThat(file.read()).contains("s3cret-Value_1");
  }

  @Test
  void is_readable_and_writable_by_its_owner_only() throws Exception {
    assumeThat(Files.getFileStore(dataDir).supportsFileAttributeView("posix")).as("a POSIX file system").isTrue();
    PasswordFile file = PasswordFile.in(dataDir);

    file.write("first");
    file.write("second");

    assertThat(Files.getPosixFilePermissions(file.path())).isEqualTo(PasswordFile.OWNER_ONLY);
    assertThat(file.read()).contains("second");
  }

  @Test
  void leaves_no_temporary_file_behind() throws Exception {
    PasswordFile.in(dataDir).write("password");

    try (var files = Files.list(dataDir)) {
      assertThat(files).containsExactly(dataDir.resolve(PasswordFile.NAME));
    }
  }

  @Test
  void knows_no_password_where_there_is_no_file_or_an_empty_one() throws Exception {
    assertThat(PasswordFile.in(dataDir).read()).isEmpty();

    Files.writeString(dataDir.resolve(PasswordFile.NAME), "\n");

    assertThat(PasswordFile.in(dataDir).read()).isEmpty();
  }
}
