package io.closedloop.cases;

import io.closedloop.shared.Wording;
import io.closedloop.identity.Teams;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An agent of the case's team takes an unowned case from the queue and owns it from now on. */
@Service
public class ClaimingCase {

  private final CaseAccess cases;
  private final CaseTimeline timeline;
  private final CaseWorkflow workflow;
  private final Teams teams;

  ClaimingCase(CaseAccess cases, CaseTimeline timeline, CaseWorkflow workflow, Teams teams) {
    this.cases = cases;
    this.timeline = timeline;
    this.workflow = workflow;
    this.teams = teams;
  }

  @Transactional
  public CaseClaimed claim(CaseId caseId, String user) {
    DetractorCase claimed = cases.load(caseId);
    if (!teams.isMember(user, claimed.getTeam())) {
      throw new CaseActionNotAllowed("Only a member of " + claimed.getTeam() + " can claim this case");
    }
    claimed.claim(user);
    timeline.record(caseId, user, TimelineEventType.CLAIMED, user + " claimed the case",
        Wording.of("claimed").user(user));
    workflow.ownerChanged(caseId, user);
    return new CaseClaimed(caseId, user);
  }

  /** A case was claimed. */
  public record CaseClaimed(CaseId caseId, String owner) {}
}
