package io.closedloop.resurvey;

import io.closedloop.cases.CaseId;
import io.closedloop.cases.CaseTimeline;
import io.closedloop.cases.TimelineEventType;
import io.closedloop.intake.NpsCategory;
import io.closedloop.intake.RecordingFollowUpAnswer;
import io.closedloop.intake.RecordingFollowUpAnswer.FollowUpAnswer;
import io.closedloop.shared.FieldError;
import io.closedloop.shared.InvalidCharacters;
import io.closedloop.shared.InvalidInputException;
import io.closedloop.shared.Wording;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer answers the re-survey through its link: once only (a second answer is
 * {@link ReSurveyAlreadyAnswered}), while the link is good. The answer is stored as a response
 * following up the case, the case's timeline shows the score, and the case's re-survey process
 * hears of it (it opens a follow-up case for a detractor).
 */
@Service
public class AnsweringReSurvey {

  static final int MAX_COMMENT = 4_000;

  private final ReSurveyLinks links;
  private final ReSurveyRecords records;
  private final RecordingFollowUpAnswer recording;
  private final CaseTimeline timeline;
  private final ReSurveyWorkflow workflow;
  private final Clock clock;

  AnsweringReSurvey(ReSurveyLinks links, ReSurveyRecords records, RecordingFollowUpAnswer recording, CaseTimeline timeline,
      ReSurveyWorkflow workflow, Clock clock) {
    this.links = links;
    this.records = records;
    this.recording = recording;
    this.timeline = timeline;
    this.workflow = workflow;
    this.clock = clock;
  }

  @Transactional
  public ReSurveyAnswered answer(AnswerReSurvey answer) {
    ReSurvey reSurvey = links.reSurveyOf(answer.token());
    check(answer);
    Instant now = clock.instant();
    if (!records.claimAnswer(reSurvey.id(), now)) {
      throw new ReSurveyAlreadyAnswered(reSurvey.language());
    }
    UUID responseId = recording.record(new FollowUpAnswer(reSurvey.caseId(), reSurvey.id(), answer.score(), answer.comment(),
        reSurvey.language(), now));
    records.answeredWith(reSurvey.id(), responseId);
    CaseId caseId = new CaseId(reSurvey.caseId());
    NpsCategory category = NpsCategory.of(answer.score());
    timeline.record(caseId, CaseTimeline.SYSTEM, TimelineEventType.RE_SURVEY_ANSWERED,
        "Re-survey answered: score " + answer.score() + " (" + category + ")", Wording.of("reSurveyAnswered." + category)
            .number(answer.score()));
    workflow.answered(caseId, category);
    return new ReSurveyAnswered(caseId, responseId, category, reSurvey.language());
  }

  private static void check(AnswerReSurvey answer) {
    List<FieldError> errors = new ArrayList<>();
    if (answer.score() == null || answer.score() < 0 || answer.score() > 10) {
      errors.add(new FieldError("score", "must be a whole number from 0 to 10"));
    }
    if (answer.comment() != null && answer.comment().length() > MAX_COMMENT) {
      errors.add(new FieldError("comment", "must be at most " + MAX_COMMENT + " characters"));
    } else if (answer.comment() != null && InvalidCharacters.in(answer.comment())) {
      errors.add(new FieldError("comment", InvalidCharacters.MESSAGE));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
