package io.closedloop.resurvey;

import io.closedloop.cases.CaseId;
import io.closedloop.cases.CaseTimeline;
import io.closedloop.cases.TimelineEventType;
import io.closedloop.intake.OpeningCaseForResponse;
import io.closedloop.intake.OpeningCaseForResponse.CaseForResponse;
import io.closedloop.shared.Wording;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer still a detractor when asked again gets a new case for that answer, linked to the first:
 * the re-survey records it, and each case's timeline names the other. Opened once per re-survey. A
 * customer who has another case open meanwhile gets no second one: the answer joins that case.
 */
@Service
public class OpeningFollowUpCase {

  private final ReSurveyRecords records;
  private final OpeningCaseForResponse opening;
  private final CaseTimeline timeline;

  OpeningFollowUpCase(ReSurveyRecords records, OpeningCaseForResponse opening, CaseTimeline timeline) {
    this.records = records;
    this.opening = opening;
    this.timeline = timeline;
  }

  /** The follow-up case of the first case's re-survey; empty when it has no answer to open one for. */
  @Transactional
  public Optional<CaseId> open(CaseId firstCase) {
    Optional<ReSurvey> answered = records.ofCase(firstCase.value()).filter(reSurvey -> reSurvey.responseId() != null);
    if (answered.isEmpty()) {
      return Optional.empty();
    }
    ReSurvey reSurvey = answered.get();
    if (reSurvey.followUpCaseId() != null) {
      return Optional.of(new CaseId(reSurvey.followUpCaseId()));
    }
    CaseForResponse opened = opening.open(reSurvey.responseId());
    CaseId followUpCase = new CaseId(opened.caseId());
    records.followedUpBy(reSurvey.id(), followUpCase.value());
    String followUp = CaseReference.of(followUpCase.value());
    String first = CaseReference.of(firstCase.value());
    if (opened.joined()) {
      timeline.record(firstCase, CaseTimeline.SYSTEM, TimelineEventType.FOLLOW_UP_OPENED,
          "Still a detractor when asked again: the answer joined the open case " + followUp, Wording.of("followUpJoined").text(followUp));
      return Optional.of(followUpCase);
    }
    timeline.record(firstCase, CaseTimeline.SYSTEM, TimelineEventType.FOLLOW_UP_OPENED,
        "Still a detractor when asked again: follow-up case " + followUp + " opened", Wording.of("followUpOpened").text(followUp));
    timeline.record(followUpCase, CaseTimeline.SYSTEM, TimelineEventType.FOLLOW_UP_OPENED,
        "Follows up case " + first + ": the customer was still a detractor when asked again", Wording.of("followUpOf").text(first));
    return Optional.of(followUpCase);
  }
}
