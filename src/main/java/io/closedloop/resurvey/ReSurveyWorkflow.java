package io.closedloop.resurvey;

import io.closedloop.cases.CaseId;
import io.closedloop.intake.NpsCategory;

/** The re-survey process of a case, as the module needs it: told when the customer answered. */
public interface ReSurveyWorkflow {

  /** The customer of the case answered its re-survey; the process goes on from its wait. */
  void answered(CaseId caseId, NpsCategory category);
}
