package io.closedloop.resurvey;

import io.closedloop.cases.CaseId;
import io.closedloop.cases.CaseQueries;
import io.closedloop.cases.CaseTimeline;
import io.closedloop.cases.TimelineEventType;
import io.closedloop.customermail.CustomerMailbox;
import io.closedloop.customermail.MailRecipient;
import io.closedloop.shared.Wording;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether the customer of a closed case may be asked the re-survey question at all: not when they
 * opted out of mail or have no email address, which the case's timeline then says.
 */
@Service
public class CheckingWhetherToAsk {

  private final CaseQueries cases;
  private final CustomerMailbox mailbox;
  private final CaseTimeline timeline;

  CheckingWhetherToAsk(CaseQueries cases, CustomerMailbox mailbox, CaseTimeline timeline) {
    this.cases = cases;
    this.mailbox = mailbox;
    this.timeline = timeline;
  }

  @Transactional
  public boolean mayBeAsked(CaseId caseId) {
    MailRecipient recipient = mailbox.recipient(cases.customerOf(caseId));
    if (recipient.canBeMailed()) {
      return true;
    }
    String why = recipient.whyNot().orElseThrow().name();
    timeline.record(caseId, CaseTimeline.SYSTEM, TimelineEventType.RE_SURVEY_NOT_ASKED, "Re-survey not planned: " + why,
        Wording.of("reSurveyNotAsked." + why));
    return false;
  }
}
