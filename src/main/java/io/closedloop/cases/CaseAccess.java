package io.closedloop.cases;

import io.closedloop.shared.NotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Loads a case for a use case, or answers 404. */
@Component
class CaseAccess {

  private final CaseRepository cases;

  CaseAccess(CaseRepository cases) {
    this.cases = cases;
  }

  DetractorCase load(CaseId caseId) {
    return cases.findById(caseId.value()).orElseThrow(() -> new NotFoundException("No case " + caseId));
  }

  DetractorCase load(UUID caseId) {
    return load(new CaseId(caseId));
  }
}
