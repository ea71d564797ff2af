package io.closedloop.docker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** {@code docker/compose.yaml}, read as plain YAML. */
record ComposeFile(Map<String, Object> services) {

  static final Path PATH = Path.of("docker", "compose.yaml");

  @SuppressWarnings("unchecked")
  static ComposeFile read() throws IOException {
    Map<String, Object> compose = new Yaml().load(Files.readString(PATH));
    return new ComposeFile((Map<String, Object>) compose.get("services"));
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> service(String name) {
    return (Map<String, Object>) services.get(name);
  }

  /** The environment of a service, in either of compose's two notations ({@code NAME: value} or {@code - NAME=value}). */
  Map<String, String> environment(String serviceName) {
    Object environment = service(serviceName).get("environment");
    Map<String, String> variables = new LinkedHashMap<>();
    if (environment instanceof Map<?, ?> map) {
      map.forEach((name, value) -> variables.put(String.valueOf(name), value == null ? null : String.valueOf(value)));
    } else if (environment instanceof List<?> list) {
      for (Object entry : list) {
        String[] nameAndValue = String.valueOf(entry).split("=", 2);
        variables.put(nameAndValue[0], nameAndValue.length > 1 ? nameAndValue[1] : null);
      }
    }
    return variables;
  }
}
