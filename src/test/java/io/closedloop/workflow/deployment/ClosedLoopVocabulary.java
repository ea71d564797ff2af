package io.closedloop.workflow.deployment;

import io.closedloop.cases.process.CaseProcessContract;
import io.closedloop.ideas.process.CycleProcessContract;
import io.closedloop.resurvey.process.ReSurveyProcessContract;
import java.util.List;

/** The vocabulary of ClosedLoop's own processes, as the running application builds it from their contracts. */
final class ClosedLoopVocabulary {

  private ClosedLoopVocabulary() {}

  static ProcessVocabulary of() {
    return new ProcessVocabulary(List.of(CaseProcessContract.CONTRACT, CycleProcessContract.CONTRACT, ReSurveyProcessContract.CONTRACT));
  }
}
