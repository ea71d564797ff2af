package io.closedloop.workflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The process design guide lists exactly the vocabulary the deployment check allows. */
class VocabularyDocumentTest {

  private static final Path GUIDE = Path.of("docs/process-design.md");

  private final VocabularyDocument document = new VocabularyDocument(ClosedLoopVocabulary.of());

  @Test
  void the_process_design_guide_lists_the_current_adapters_and_refusals() throws IOException {
    String current = Files.readString(GUIDE);
    String regenerated = document.updated(current);
    if (Boolean.getBoolean("vocabulary.write")) {
      Files.writeString(GUIDE, regenerated);
      current = Files.readString(GUIDE);
    }
    assertThat(current)
        .as("docs/process-design.md is out of date with the process adapters; regenerate it with "
            + "./mvnw -B -ntp test -Dtest=VocabularyDocumentTest -Dvocabulary.write=true")
        .isEqualTo(regenerated);
  }

  @Test
  void the_vocabulary_names_every_public_method_of_the_case_adapter_with_its_parameter_types() {
    String section = document.section();

    assertThat(section).contains("- `caseProcess` (`io.closedloop.cases.process.CaseProcess`)")
        .contains("  - `caseProcess.escalate(String, int)`")
        .contains("  - `caseProcess.plan(DelegateExecution)`")
        .contains("  - `cycleProcess.ownerOf(String)`")
        .doesNotContain("caseProcess.caseId(");
  }
}
