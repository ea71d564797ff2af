package io.closedloop.cases;

import io.closedloop.shared.Wording;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Tells people of what happened to a case by publishing {@link CaseNoticeIssued} in the caller's transaction. */
@Component
class CaseNotices {

  private final ApplicationEventPublisher events;

  CaseNotices(ApplicationEventPublisher events) {
    this.events = events;
  }

  void tell(Collection<String> recipients, UUID caseId, CaseNotice kind, String message, Wording wording) {
    events.publishEvent(new CaseNoticeIssued(Collections.unmodifiableList(new ArrayList<>(recipients)), caseId, kind, message, wording));
  }
}
