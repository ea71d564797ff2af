package io.closedloop.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The engine at the edge: only {@code workflow} (the engine's configuration and plugins), {@code identity}
 * and each module's {@code process} package talk to the process engine; the domain stays engine-free.
 */
class EngineAtTheEdgeTest {

  @Test
  void only_workflow_identity_and_the_process_packages_use_the_process_engine() {
    noClasses().that().resideOutsideOfPackages("io.closedloop.workflow..", "io.closedloop.identity..", "io.closedloop.*.process..")
        .should().dependOnClassesThat().resideInAPackage("org.camunda..")
        .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.closedloop"));
  }
}
