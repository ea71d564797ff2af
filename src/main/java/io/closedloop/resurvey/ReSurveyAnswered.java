package io.closedloop.resurvey;

import io.closedloop.cases.CaseId;
import io.closedloop.intake.NpsCategory;
import java.util.UUID;

/** A re-survey was answered: the case it followed up, the answer's response and category, and the page's language. */
public record ReSurveyAnswered(CaseId caseId, UUID responseId, NpsCategory category, String language) {}
