package io.closedloop.cases;

import io.closedloop.intake.DetractorCases;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Opens and joins cases for the detractor answers intake stores, in intake's transaction. */
@Component
class CasesForAnswers implements DetractorCases {

  private final OpeningCase opening;
  private final JoiningOpenCase joining;

  CasesForAnswers(OpeningCase opening, JoiningOpenCase joining) {
    this.opening = opening;
    this.joining = joining;
  }

  @Override
  public CaseForAnswer open(DetractorAnswer answer) {
    CaseOpened opened = opening.open(command(answer));
    return new CaseForAnswer(opened.caseId().value(), opened.accountOwnerRefused());
  }

  @Override
  public Optional<UUID> join(UUID openCase, DetractorAnswer answer) {
    return joining.join(new JoinOpenCase(new CaseId(openCase), command(answer))).map(joined -> joined.caseId().value());
  }

  private static OpenCase command(DetractorAnswer answer) {
    return new OpenCase(answer.responseId(), answer.customerId(), answer.score(), answer.comment(), answer.touchpoint(),
        answer.team(), answer.segment(), answer.accountOwner(), answer.servicePreference(), answer.servicePreferenceHint(),
        answer.answeredAt());
  }
}
