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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The modules under {@code io.closedloop} (each top-level package, with its sub-packages) depend on one
 * another without a cycle, and each only on the modules it declares below; {@code shared} is open to all.
 * ArchUnit rather than Spring Modulith because it works on our plain packages as they are, keeps the
 * declared dependency map in one readable place, and adds nothing at run time.
 */
class ModuleBoundariesTest {

  private static final String ROOT = "io.closedloop";
  private static final String OPEN_TO_ALL = "shared";

  /** What each module may use, besides itself and {@code shared}. Lower modules first. */
  static final Map<String, Set<String>> DECLARED = Map.ofEntries(
      entry("shared", Set.of()),
      entry("database", Set.of()),
      entry("operations", Set.of()),
      entry("calendar", Set.of()),
      entry("reference", Set.of()),
      entry("identity", Set.of()),
      entry("forms", Set.of()),
      entry("workflow", Set.of("forms")),
      entry("web", Set.of("calendar", "identity", "reference")),
      entry("customers", Set.of("web")),
      entry("outbox", Set.of("customers", "web")),
      entry("customermail", Set.of("outbox", "web")),
      entry("tasks", Set.of("forms", "identity", "web", "workflow")),
      entry("intake", Set.of("customers", "reference", "workflow")),
      entry("ideas", Set.of("identity", "intake", "reference", "workflow")),
      entry("cases", Set.of("calendar", "customermail", "customers", "forms", "ideas", "identity", "intake", "outbox",
          "reference", "tasks", "web", "workflow")),
      entry("notifications", Set.of("calendar", "cases", "customers", "identity", "outbox", "web")),
      entry("connectors", Set.of("customers", "identity", "intake", "web")),
      entry("resurvey", Set.of("cases", "customermail", "customers", "intake", "web", "workflow")),
      entry("settings", Set.of("calendar", "cases", "identity", "reference", "web")),
      entry("metrics", Set.of("cases", "identity", "intake", "settings", "web")),
      entry("praise", Set.of("customers", "identity", "intake", "metrics", "notifications", "reference", "settings", "web")),
      entry("webhooks", Set.of("cases", "ideas", "outbox", "settings", "web")),
      entry("demo", Set.of("calendar", "cases", "customermail", "ideas", "identity", "intake", "notifications", "reference")));

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
      String name = type.getPackageName();
      if (name.startsWith(ROOT + ".")) {
        modules.add(name.substring(ROOT.length() + 1).split("\\.")[0]);
      }
    }
    assertThat(DECLARED.keySet()).as("modules declared in ModuleBoundariesTest.DECLARED").containsExactlyInAnyOrderElementsOf(modules);
  }

  @Test
  void the_declared_dependencies_name_only_modules() {
    DECLARED.forEach((module, declared) ->
        assertThat(DECLARED.keySet()).as("modules that " + module + " declares").containsAll(declared));
  }
}
