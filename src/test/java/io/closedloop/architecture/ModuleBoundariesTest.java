package io.closedloop.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The modules under {@code io.closedloop} (each top-level package, with its sub-packages) depend on one
 * another without a cycle, and each on exactly the modules it declares below; {@code shared} is open to all.
 * ArchUnit rather than Spring Modulith because it works on our plain packages as they are, keeps the
 * declared dependency map in one readable place, and adds nothing at run time.
 */
class ModuleBoundariesTest {

  private static final String ROOT = "io.closedloop";
  private static final String OPEN_TO_ALL = "shared";
  private static final Path SOURCES = Path.of("src/main/java/io/closedloop");
  private static final Pattern IMPORTED_MODULE = Pattern.compile("import (?:static )?io\\.closedloop\\.([a-z]+)\\.");

  /** What each module may use, besides itself and {@code shared}. Lower modules first. */
  static final Map<String, Set<String>> DECLARED = Map.ofEntries(
      entry("shared", Set.of()),
      entry("database", Set.of()),
      entry("operations", Set.of()),
      entry("calendar", Set.of()),
      entry("reference", Set.of()),
      entry("nps", Set.of()),
      entry("identity", Set.of()),
      entry("forms", Set.of()),
      entry("workflow", Set.of("forms")),
      entry("web", Set.of("calendar", "identity", "reference")),
      entry("customers", Set.of("web")),
      entry("outbox", Set.of("customers", "web")),
      entry("customermail", Set.of("outbox", "web")),
      entry("tasks", Set.of("forms", "identity", "web", "workflow")),
      entry("intake", Set.of("customers", "nps", "reference", "workflow")),
      entry("ideas", Set.of("identity", "intake", "nps", "reference", "workflow")),
      entry("cases", Set.of("calendar", "customermail", "customers", "forms", "ideas", "identity", "intake", "outbox",
          "reference", "tasks", "web", "workflow")),
      entry("notifications", Set.of("calendar", "cases", "customers", "identity", "outbox", "web")),
      entry("connectors", Set.of("customers", "identity", "intake", "web")),
      entry("resurvey", Set.of("cases", "customermail", "customers", "intake", "web", "workflow")),
      entry("settings", Set.of("calendar", "cases", "identity", "reference", "web")),
      entry("metrics", Set.of("cases", "identity", "intake", "nps", "settings", "web")),
      entry("praise", Set.of("customers", "identity", "intake", "metrics", "notifications", "reference", "settings", "web")),
      entry("webhooks", Set.of("cases", "ideas", "outbox", "settings", "web")),
      entry("demo", Set.of("calendar", "cases", "customermail", "ideas", "identity", "intake", "notifications", "nps", "reference")));

  private static final JavaClasses PRODUCT = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(ROOT);

  @Test
  void no_two_modules_depend_on_each_other_through_a_cycle() {
    slices().matching(ROOT + ".(*)..").namingSlices("$1").should().beFreeOfCycles().check(PRODUCT);
  }

  @Test
  void each_module_uses_only_the_modules_it_declares() {
    List<ArchRule> rules = new ArrayList<>();
    DECLARED.forEach((module, declared) -> {
      String[] undeclared = DECLARED.keySet().stream()
          .filter(other -> !other.equals(module) && !other.equals(OPEN_TO_ALL) && !declared.contains(other))
          .map(other -> ROOT + "." + other + "..")
          .toArray(String[]::new);
      if (undeclared.length > 0) {
        rules.add(noClasses().that().resideInAPackage(ROOT + "." + module + "..")
            .should().dependOnClassesThat().resideInAnyPackage(undeclared)
            .because(module + " declares only " + new TreeSet<>(declared) + " (ModuleBoundariesTest.DECLARED)"));
      }
    });
    CompositeArchRule.of(rules).check(PRODUCT);
  }

  @Test
  void every_package_belongs_to_a_declared_module() {
    Set<String> modules = new TreeSet<>();
    for (JavaClass type : PRODUCT) {
      moduleOf(type).ifPresent(modules::add);
    }
    assertThat(DECLARED.keySet()).as("modules declared in ModuleBoundariesTest.DECLARED").containsExactlyInAnyOrderElementsOf(modules);
  }

  @Test
  void each_module_declares_exactly_the_modules_its_classes_and_imports_use() throws IOException {
    Map<String, Set<String>> used = new TreeMap<>();
    for (JavaClass type : PRODUCT) {
      moduleOf(type).ifPresent(module -> type.getDirectDependenciesFromSelf().forEach(dependency ->
          moduleOf(dependency.getTargetClass()).ifPresent(target -> use(used, module, target))));
    }
    // The compiler copies constants (a process key, a variable name) into the class that reads them, so the imports count too.
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
        String module = SOURCES.relativize(file).getName(0).toString();
        for (String line : Files.readAllLines(file)) {
          Matcher imported = IMPORTED_MODULE.matcher(line);
          if (imported.lookingAt()) {
            use(used, module, imported.group(1));
          }
        }
      }
    }
    DECLARED.forEach((module, declared) -> assertThat(used.getOrDefault(module, Set.of()))
        .as("what " + module + " uses, as ModuleBoundariesTest.DECLARED should say")
        .containsExactlyInAnyOrderElementsOf(declared));
  }

  @Test
  void the_declared_dependencies_have_no_cycle() {
    DECLARED.keySet().forEach(module -> assertThat(reachableFrom(module, new TreeSet<>()))
        .as("modules that " + module + " reaches through ModuleBoundariesTest.DECLARED").doesNotContain(module));
  }

  private static Set<String> reachableFrom(String module, Set<String> reached) {
    for (String next : DECLARED.getOrDefault(module, Set.of())) {
      if (reached.add(next)) {
        reachableFrom(next, reached);
      }
    }
    return reached;
  }

  private static void use(Map<String, Set<String>> used, String module, String target) {
    if (!target.equals(module) && !target.equals(OPEN_TO_ALL)) {
      used.computeIfAbsent(module, ignored -> new TreeSet<>()).add(target);
    }
  }

  private static Optional<String> moduleOf(JavaClass type) {
    String name = type.getPackageName();
    return name.startsWith(ROOT + ".") ? Optional.of(name.substring(ROOT.length() + 1).split("\\.")[0]) : Optional.empty();
  }

  @Test
  void the_declared_dependencies_name_only_modules() {
    DECLARED.forEach((module, declared) ->
        assertThat(DECLARED.keySet()).as("modules that " + module + " declares").containsAll(declared));
  }
}
