package io.closedloop.resurvey;

import io.closedloop.cases.CaseId;
import io.closedloop.cases.CaseTimeline;
import io.closedloop.cases.TimelineEventType;
import io.closedloop.shared.Wording;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The re-survey's link expired unanswered; the case's timeline says so. */
@Service
public class NotingUnansweredReSurvey {

  private final CaseTimeline timeline;

  NotingUnansweredReSurvey(CaseTimeline timeline) {
    this.timeline = timeline;
  }

  @Transactional
  public void note(CaseId caseId) {
    timeline.record(caseId, CaseTimeline.SYSTEM, TimelineEventType.RE_SURVEY_EXPIRED, "The re-survey's link expired unanswered",
        Wording.of("reSurveyExpired"));
  }
}
