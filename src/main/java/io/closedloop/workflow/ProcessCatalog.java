package io.closedloop.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.springframework.stereotype.Component;

/**
 * What is deployed on the process engine, as a process designer looks at it: each process and
 * decision table with every version (newest first), where it came from and how many instances
 * of each process version run; the newest of each form; and the files themselves, to open in
 * Camunda Modeler. Only model files (BPMN, DMN, forms) are handed out.
 */
@Component
public class ProcessCatalog {

  /** The kinds of model file the catalog hands out, by file ending. */
  private static final Map<String, String> MODEL_FILES = Map.of(".bpmn", "application/xml", ".dmn", "application/xml",
      ".form", "application/json");

  private final RepositoryService repository;
  private final RuntimeService runtime;

  ProcessCatalog(RepositoryService repository, RuntimeService runtime) {
    this.repository = repository;
    this.runtime = runtime;
  }

  /** A process or decision table with its versions. */
  public record Definition(String key, String name, List<Version> versions) {

    public Version latest() {
      return versions.get(0);
    }

    /** The running instances of every version together; null for a decision table. */
    public Long running() {
      return versions.stream().map(Version::running).reduce((a, b) -> a == null || b == null ? null : a + b).orElse(null);
    }
  }

  /**
   * One deployed version: the engine's id of the definition, its version number, the deployment
   * it came with (its name, source and time) and its file; {@code running} null for a decision table.
   */
  public record Version(String id, int version, String deploymentId, String deploymentName, String source,
      Instant deployedAt, ModelFile file, Long running) {}

  /** A model file of a deployment. */
  public record ModelFile(String deploymentId, String resourceId, String name) {

    /** The file's own name, without the folders it was deployed from. */
    public String fileName() {
      return name.substring(name.lastIndexOf('/') + 1);
    }
  }

  /** A model file's content, with the media type it is served as. */
  public record Content(String fileName, String mediaType, byte[] bytes) {}

  public List<Definition> processes() {
    Deployments deployments = new Deployments();
    Map<String, List<Version>> versions = new TreeMap<>();
    Map<String, String> names = new HashMap<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().orderByProcessDefinitionVersion().desc().list()) {
      long running = runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count();
      names.putIfAbsent(definition.getKey(), definition.getName() == null ? definition.getKey() : definition.getName());
      versions.computeIfAbsent(definition.getKey(), key -> new ArrayList<>()).add(deployments.version(definition.getId(),
          definition.getVersion(), definition.getDeploymentId(), definition.getResourceName(), running));
    }
    return definitions(versions, names);
  }

  public List<Definition> decisions() {
    Deployments deployments = new Deployments();
    Map<String, List<Version>> versions = new TreeMap<>();
    Map<String, String> names = new HashMap<>();
    for (DecisionDefinition definition : repository.createDecisionDefinitionQuery().orderByDecisionDefinitionVersion().desc().list()) {
      names.putIfAbsent(definition.getKey(), definition.getName() == null ? definition.getKey() : definition.getName());
      versions.computeIfAbsent(definition.getKey(), key -> new ArrayList<>()).add(deployments.version(definition.getId(),
          definition.getVersion(), definition.getDeploymentId(), definition.getResourceName(), null));
    }
    return definitions(versions, names);
  }

  /** The newest deployed file of each form, by file name. */
  public List<ModelFile> forms() {
    Map<String, ModelFile> newest = new TreeMap<>();
    for (Deployment deployment : repository.createDeploymentQuery().orderByDeploymentTime().desc().list()) {
      for (Resource resource : repository.getDeploymentResources(deployment.getId())) {
        if (resource.getName().endsWith(".form")) {
          ModelFile file = new ModelFile(deployment.getId(), resource.getId(), resource.getName());
          newest.putIfAbsent(file.fileName(), file);
        }
      }
    }
    return List.copyOf(newest.values());
  }

  /** A model file of a deployment; empty when there is no such file or it is no model file. */
  public Optional<Content> content(String deploymentId, String resourceId) {
    Optional<Resource> found = repository.getDeploymentResources(deploymentId).stream()
        .filter(resource -> resource.getId().equals(resourceId)).findFirst();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ModelFile file = new ModelFile(deploymentId, resourceId, found.get().getName());
    return mediaType(file.name()).map(type -> {
      try (InputStream in = repository.getResourceAsStreamById(deploymentId, resourceId)) {
        return new Content(file.fileName(), type, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static Optional<String> mediaType(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return MODEL_FILES.entrySet().stream().filter(entry -> lower.endsWith(entry.getKey())).map(Map.Entry::getValue).findFirst();
  }

  private static List<Definition> definitions(Map<String, List<Version>> versions, Map<String, String> names) {
    List<Definition> definitions = new ArrayList<>();
    versions.forEach((key, list) -> {
      list.sort(Comparator.comparingInt(Version::version).reversed());
      definitions.add(new Definition(key, names.get(key), List.copyOf(list)));
    });
    definitions.sort(Comparator.comparing(Definition::name, String.CASE_INSENSITIVE_ORDER));
    return definitions;
  }

  /** The deployments and their files, each read once per listing. */
  private final class Deployments {

    private final Map<String, Deployment> deployments = new HashMap<>();
    private final Map<String, Map<String, ModelFile>> files = new LinkedHashMap<>();

    Version version(String id, int version, String deploymentId, String resourceName, Long running) {
      Deployment deployment = deployments.computeIfAbsent(deploymentId,
          deploymentKey -> repository.createDeploymentQuery().deploymentId(deploymentKey).singleResult());
      ModelFile file = files.computeIfAbsent(deploymentId, this::filesOf).get(resourceName);
      Date time = deployment == null ? null : deployment.getDeploymentTime();
      return new Version(id, version, deploymentId, deployment == null ? null : deployment.getName(),
          deployment == null ? null : deployment.getSource(), time == null ? null : time.toInstant(), file, running);
    }

    private Map<String, ModelFile> filesOf(String deploymentId) {
      Map<String, ModelFile> byName = new HashMap<>();
      for (Resource resource : repository.getDeploymentResources(deploymentId)) {
        byName.put(resource.getName(), new ModelFile(deploymentId, resource.getId(), resource.getName()));
      }
      return byName;
    }
  }
}
