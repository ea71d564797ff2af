package io.closedloop.cases;

import io.closedloop.customermail.OptingOut;
import io.closedloop.shared.Wording;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agent records on a case that its customer wants no more mail from us, or allows it again.
 * Stored on the customer, so it holds for all their cases; noted on this case's timeline.
 */
@Service
public class ChangingMailConsent {

  private final CaseAccess cases;
  private final OptingOut optingOut;
  private final CaseTimeline timeline;

  ChangingMailConsent(CaseAccess cases, OptingOut optingOut, CaseTimeline timeline) {
    this.cases = cases;
    this.optingOut = optingOut;
    this.timeline = timeline;
  }

  @Transactional
  public void change(CaseId caseId, boolean optedOut, String by) {
    DetractorCase changed = cases.load(caseId);
    if (optedOut) {
      optingOut.optOut(changed.getCustomerId(), OptingOut.Source.AGENT, by);
      timeline.record(caseId, by, TimelineEventType.MAIL_CONSENT_CHANGED, "The customer opted out of mail",
          Wording.of("mailOptedOut"));
    } else {
      optingOut.allowMail(changed.getCustomerId());
      timeline.record(caseId, by, TimelineEventType.MAIL_CONSENT_CHANGED, "The customer allows mail again",
          Wording.of("mailAllowed"));
    }
  }
}
