package io.closedloop.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The container image: built with the Maven wrapper, run as an unprivileged user with a health check. */
class DockerfileTest {

  static final Path DOCKERFILE = Path.of("docker", "Dockerfile");

  @Test
  void builds_with_the_maven_wrapper_on_a_jdk_and_runs_on_a_jre() throws IOException {
    List<String> stages = instructions().stream().filter(line -> line.startsWith("FROM ")).toList();

    assertThat(stages).hasSize(2);
    assertThat(stages.get(0)).startsWith("FROM eclipse-temurin:17-jdk ");
    assertThat(stages.get(1)).isEqualTo("FROM eclipse-temurin:17-jre");
    assertThat(buildStage()).anyMatch(line -> line.startsWith("RUN ./mvnw") && line.contains("package"));
  }

  @Test
  void the_runtime_stage_runs_as_a_user_other_than_root() throws IOException {
    List<String> users = runtimeStage().stream().filter(line -> line.startsWith("USER ")).toList();

    assertThat(users).as("the runtime stage sets a USER").isNotEmpty();
    String user = users.get(users.size() - 1).substring("USER ".length()).strip().split(":")[0];
    assertThat(user).isNotIn("root", "0");
    assertThat(runtimeStage()).anyMatch(line -> line.startsWith("RUN ") && line.contains("useradd") && line.contains(user));
  }

  @Test
  void the_runtime_stage_exposes_8080_and_checks_the_actuator_health() throws IOException {
    assertThat(runtimeStage()).contains("EXPOSE 8080");
    assertThat(runtimeStage()).anyMatch(line -> line.startsWith("HEALTHCHECK ") && line.contains("http://localhost:8080/actuator/health"));
  }

  @Test
  void the_runtime_stage_starts_the_extracted_jar_with_the_class_data_sharing_archive_of_a_training_start() throws IOException {
    List<String> runtime = runtimeStage();
    int extracted = indexOf(runtime, line -> line.startsWith("RUN java -Djarmode=tools -jar") && line.contains("extract --destination /app"));
    int trained = indexOf(runtime, line -> line.startsWith("RUN java -XX:ArchiveClassesAtExit=/app/closedloop.jsa")
        && line.contains("-Dspring.context.exit=onRefresh") && line.contains("-jar /app/closedloop.jar"));
    int user = indexOf(runtime, line -> line.startsWith("USER "));

    assertThat(extracted).as("the jar is extracted").isNotNegative();
    assertThat(trained).as("the training start runs as the plain user, after the extraction").isGreaterThan(Math.max(extracted, user));
    assertThat(runtime.get(trained)).contains("--closedloop.embedded-db.data-dir=/tmp/cds-training", "rm -rf /tmp/cds-training");
    assertThat(runtime.get(runtime.size() - 1))
        .isEqualTo("ENTRYPOINT [\"java\", \"-XX:SharedArchiveFile=/app/closedloop.jsa\", \"-jar\", \"/app/closedloop.jar\"]");
  }

  private static int indexOf(List<String> lines, java.util.function.Predicate<String> matching) {
    for (int i = 0; i < lines.size(); i++) {
      if (matching.test(lines.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The instructions of the Dockerfile, one a line, with continuation lines joined and comments dropped. */
  static List<String> instructions() throws IOException {
    String joined = String.join("\n", Files.readAllLines(DOCKERFILE).stream()
        .filter(line -> !line.stripLeading().startsWith("#"))
        .toList()).replaceAll("\\\\\\n\\s*", " ");
    return joined.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  static List<String> buildStage() throws IOException {
    List<String> instructions = instructions();
    return instructions.subList(0, lastFrom(instructions));
  }

  static List<String> runtimeStage() throws IOException {
    List<String> instructions = instructions();
    return instructions.subList(lastFrom(instructions), instructions.size());
  }

  private static int lastFrom(List<String> instructions) {
    for (int i = instructions.size() - 1; i >= 0; i--) {
      if (instructions.get(i).startsWith("FROM ")) {
        return i;
      }
    }
    throw new AssertionError("The Dockerfile has no FROM");
  }
}
