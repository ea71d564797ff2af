package io.closedloop.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Only workflow, identity and the process adapters of a module may talk to the process engine; the domain stays engine-free. */
class EngineAtTheEdgeTest {

  private static final Path SOURCES = Path.of("src/main/java/io/closedloop");

  @Test
  void domain_modules_do_not_import_the_process_engine() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      List<String> offenders = files
          .filter(file -> file.toString().endsWith(".java"))
          .filter(file -> !allowedToUseTheEngine(SOURCES.relativize(file)))
          .filter(EngineAtTheEdgeTest::importsTheEngine)
          .map(Path::toString)
          .toList();
      assertThat(offenders).as("domain classes importing org.camunda").isEmpty();
    }
  }

  private static boolean allowedToUseTheEngine(Path relative) {
    String path = relative.toString().replace('\\', '/');
    return path.startsWith("workflow/") || path.startsWith("identity/") || path.contains("/process/");
  }

  private static boolean importsTheEngine(Path file) {
    try {
      return Files.readAllLines(file).stream().anyMatch(line -> line.startsWith("import org.camunda")
          || line.startsWith("import static org.camunda"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
