package io.closedloop.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.yaml.snakeyaml.Yaml;

/**
 * The configuration properties the application defines: the keys of its {@code application*.yml},
 * the environment variables those files read through placeholders, the properties of its
 * {@code @ConfigurationProperties} types, and the properties Spring Boot and the libraries on the
 * classpath document in their configuration metadata. Tells whether an environment variable binds
 * to one of them under Spring's relaxed binding.
 */
final class ApplicationProperties {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+)(?::[^}]*)?}");
  private static final String BASE_PACKAGE = "io.closedloop";

  private final Set<ConfigurationPropertyName> names = new LinkedHashSet<>();
  private final Map<ConfigurationPropertyName, Class<?>> maps = new HashMap<>();
  private final Set<String> placeholders = new LinkedHashSet<>();

  static ApplicationProperties of(Path resources) {
    ApplicationProperties properties = new ApplicationProperties();
    properties.readApplicationYaml(resources);
    properties.readConfigurationPropertiesTypes();
    properties.readConfigurationMetadata();
    return properties;
  }

  /** True when Spring would bind the environment variable to a property the application defines. */
  boolean binds(String environmentVariable) {
    if (placeholders.contains(environmentVariable)) {
      return true;
    }
    IterableConfigurationPropertySource source = environment(environmentVariable);
    if (names.stream().anyMatch(name -> source.getConfigurationProperty(name) != null)) {
      return true;
    }
    return source.stream().anyMatch(bound -> maps.entrySet().stream()
        .anyMatch(map -> bindsIntoMap(source, bound, map.getKey(), map.getValue())));
  }

  private static IterableConfigurationPropertySource environment(String variable) {
    SystemEnvironmentPropertySource environment = new SystemEnvironmentPropertySource(
        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(variable, "value"));
    return (IterableConfigurationPropertySource) ConfigurationPropertySource.from(environment);
  }

  /** A map property binds {@code <map>.<key>} for simple values, {@code <map>.<key>.<property of the value>} for objects. */
  private static boolean bindsIntoMap(ConfigurationPropertySource source, ConfigurationPropertyName bound,
      ConfigurationPropertyName map, Class<?> valueType) {
    if (!map.isAncestorOf(bound)) {
      return false;
    }
    ConfigurationPropertyName entry = map.append(bound.getElement(map.getNumberOfElements(), ConfigurationPropertyName.Form.ORIGINAL));
    if (isSimple(valueType)) {
      return true;
    }
    return propertiesOf(valueType).stream()
        .map(entry::append)
        .anyMatch(candidate -> source.getConfigurationProperty(candidate) != null);
  }

  private void readApplicationYaml(Path resources) {
    try (Stream<Path> files = Files.list(resources)) {
      for (Path file : files.filter(path -> path.getFileName().toString().matches("application.*\\.ya?ml")).toList()) {
        String text = Files.readString(file);
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
          placeholders.add(placeholder.group(1));
        }
        for (Object document : new Yaml().loadAll(text)) {
          flatten("", document);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void flatten(String prefix, Object node) {
    if (node instanceof Map<?, ?> map) {
      map.forEach((key, value) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, value));
    } else if (!prefix.isEmpty()) {
      add(prefix);
    }
  }

  private void readConfigurationPropertiesTypes() {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
    for (BeanDefinition candidate : scanner.findCandidateComponents(BASE_PACKAGE)) {
      Class<?> type = load(candidate.getBeanClassName());
      ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
      String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
      propertiesOf(type).forEach(property -> add(prefix + "." + property));
    }
  }

  private void readConfigurationMetadata() {
    try {
      Resource[] metadata = new PathMatchingResourcePatternResolver()
          .getResources("classpath*:META-INF/spring-configuration-metadata.json");
      ObjectMapper json = new ObjectMapper();
      for (Resource resource : metadata) {
        try (InputStream in = resource.getInputStream()) {
          for (JsonNode property : json.readTree(in).path("properties")) {
            String name = property.path("name").asText();
            String type = property.path("type").asText("");
            add(name);
            if (type.startsWith("java.util.Map<java.lang.String,")) {
              ConfigurationPropertyName mapName = ConfigurationPropertyName.ofIfValid(name);
              Class<?> valueType = loadOrNull(type.substring("java.util.Map<java.lang.String,".length(), type.length() - 1));
              if (mapName != null && valueType != null) {
                maps.put(mapName, valueType);
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void add(String name) {
    ConfigurationPropertyName valid = ConfigurationPropertyName.ofIfValid(name);
    if (valid != null) {
      names.add(valid);
    }
  }

  private static List<String> propertiesOf(Class<?> type) {
    if (type.isRecord()) {
      return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).map(DataObjectPropertyName::toDashedForm).toList();
    }
    return Arrays.stream(BeanUtils.getPropertyDescriptors(type))
        .filter(property -> property.getWriteMethod() != null || property.getReadMethod() != null && !"class".equals(property.getName()))
        .map(PropertyDescriptor::getName)
        .map(DataObjectPropertyName::toDashedForm)
        .toList();
  }

  private static boolean isSimple(Class<?> type) {
    return BeanUtils.isSimpleValueType(type) || type.getName().startsWith("java.");
  }

  private static Class<?> load(String name) {
    Class<?> type = loadOrNull(name);
    if (type == null) {
      throw new IllegalStateException("Cannot load " + name);
    }
    return type;
  }

  private static Class<?> loadOrNull(String name) {
    try {
      return Class.forName(name.strip(), false, ApplicationProperties.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }
}
