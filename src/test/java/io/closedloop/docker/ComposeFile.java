package io.closedloop.docker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/** A compose file of {@code docker/}, read as plain YAML, and the variables it interpolates. */
record ComposeFile(Map<String, Object> services, String text) {

  static final Path PATH = Path.of("docker", "compose.yaml");
  static final Path DEMO_PATH = Path.of("docker", "compose.demo.yaml");
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)([^}]*)}");

  static ComposeFile read() throws IOException {
    return read(PATH);
  }

  static ComposeFile demo() throws IOException {
    return read().mergedWith(read(DEMO_PATH));
  }

  @SuppressWarnings("unchecked")
  static ComposeFile read(Path path) throws IOException {
    String text = Files.readString(path);
    Map<String, Object> compose = new Yaml().load(text);
    return new ComposeFile((Map<String, Object>) compose.get("services"), text);
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

  @SuppressWarnings("unchecked")
  List<String> volumes(String serviceName) {
    return (List<String>) service(serviceName).getOrDefault("volumes", List.of());
  }

  /** Every {@code ${NAME...}} in the file, comments included, in order. */
  List<Interpolation> interpolations() {
    List<Interpolation> found = new ArrayList<>();
    Matcher matcher = VARIABLE.matcher(text);
    while (matcher.find()) {
      found.add(new Interpolation(matcher.group(1), matcher.group(2)));
    }
    return found;
  }

  /**
   * This file with an override file on top, merged the way Compose does for what these files use:
   * environment entries by name, volumes by their target in the container, anything else replaced.
   * The result's text is the merged model written out, so {@link #interpolations()} sees what the merge kept.
   */
  ComposeFile mergedWith(ComposeFile override) {
    Map<String, Object> merged = new LinkedHashMap<>(services);
    for (String name : override.services.keySet()) {
      merged.put(name, services.containsKey(name) ? mergeService(this, name, override) : override.service(name));
    }
    return new ComposeFile(merged, new Yaml().dump(Map.of("services", merged)));
  }

  private static Map<String, Object> mergeService(ComposeFile base, String name, ComposeFile override) {
    Map<String, Object> service = new LinkedHashMap<>(base.service(name));
    service.putAll(override.service(name));
    Map<String, String> environment = base.environment(name);
    environment.putAll(override.environment(name));
    service.put("environment", environment);
    Map<String, String> volumesByTarget = new LinkedHashMap<>();
    for (String volume : base.volumes(name)) {
      volumesByTarget.put(target(volume), volume);
    }
    for (String volume : override.volumes(name)) {
      volumesByTarget.put(target(volume), volume);
    }
    service.put("volumes", new ArrayList<>(volumesByTarget.values()));
    return service;
  }

  private static String target(String volume) {
    return volume.split(":")[1];
  }

  /** One {@code ${NAME<rest>}}: {@code rest} is empty, or {@code :?message}, {@code :-default} and the like. */
  record Interpolation(String name, String rest) {

    boolean isRequired() {
      return rest.startsWith(":?") || rest.startsWith("?");
    }

    String message() {
      return rest.substring(rest.indexOf('?') + 1);
    }
  }
}
