package io.closedloop.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportStepTimesTest {

  @Test
  void lists_each_step_once_in_the_order_first_taken_however_many_chunks_took_it() {
    ImportStepTimes steps = new ImportStepTimes();
    for (int chunk = 0; chunk < 3; chunk++) {
      steps.waited();
      steps.done("copy");
      steps.done("responses");
    }

    assertThat(steps.toString()).matches("waiting for validation \\d+ ms, copy \\d+ ms, responses \\d+ ms");
  }
}
