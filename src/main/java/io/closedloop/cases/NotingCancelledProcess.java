package io.closedloop.cases;

import io.closedloop.identity.Teams;
import io.closedloop.shared.Wording;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator cancelled a case's process (in Cockpit or through the engine's REST API). The
 * case is not silently left without its deadline: its timeline says who cancelled it and why, that
 * no reminder or escalation will fire any more, and until when the customer was to be called back;
 * the team's managers are told. A closed case's process ending is not a cancellation.
 */
@Service
public class NotingCancelledProcess {

  private final CaseAccess cases;
  private final CaseTimeline timeline;
  private final CaseNotices notices;
  private final Teams teams;

  NotingCancelledProcess(CaseAccess cases, CaseTimeline timeline, CaseNotices notices, Teams teams) {
    this.cases = cases;
    this.timeline = timeline;
    this.notices = notices;
    this.teams = teams;
  }

  @Transactional
  public void note(CaseId caseId, String by, String reason) {
    DetractorCase cancelled = cases.load(caseId);
    if (cancelled.getStatus().isClosed()) {
      return;
    }
    String why = reason == null || reason.isBlank() ? "" : " (" + reason.strip() + ")";
    String detail = "The case's process was cancelled" + why + ": no reminder or escalation will fire for it"
        + (cancelled.getCallbackDue() == null ? "" : "; the call-back was due " + cancelled.getCallbackDue());
    timeline.record(caseId, by, TimelineEventType.PROCESS_CANCELLED, detail,
        (cancelled.getCallbackDue() == null ? Wording.of("processCancelled")
            : Wording.of("processCancelledWasDue").time(cancelled.getCallbackDue())).quote(reason));
    List<String> managers = teams.managersOf(cancelled.getTeam());
    notices.tell(managers, cancelled.getId(), CaseNotice.PROCESS_CANCELLED, by + " cancelled the process of a case of " + cancelled.getTeam() + why,
        why.isEmpty() ? Wording.of("process-cancelled").user(by)
            : Wording.of("process-cancelled-reason").user(by).text(reason.strip()));
  }
}
