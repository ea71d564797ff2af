package io.closedloop.cases;

import io.closedloop.shared.InvalidInputException;
import io.closedloop.shared.Wording;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager gives a case to an owner, or moves it to another one, with a reason. The new owner
 * must be someone who may own the case's team's cases ({@link CaseOwners}); otherwise nothing changes.
 */
@Service
public class AssigningCase {

  private final CaseAccess cases;
  private final CaseTimeline timeline;
  private final CaseWorkflow workflow;
  private final CaseNotices notices;
  private final CaseOwners owners;

  AssigningCase(CaseAccess cases, CaseTimeline timeline, CaseWorkflow workflow, CaseNotices notices, CaseOwners owners) {
    this.cases = cases;
    this.owners = owners;
    this.timeline = timeline;
    this.workflow = workflow;
    this.notices = notices;
  }

  @Transactional
  public CaseAssigned assign(AssignCase command) {
    if (command.owner() == null || command.owner().isBlank()) {
      throw new InvalidInputException("owner", "is required");
    }
    DetractorCase assigned = cases.load(command.caseId());
    owners.whyCannotOwn(command.owner(), assigned.getTeam()).ifPresent(why -> {
      throw new InvalidInputException("owner", why);
    });
    if (command.owner().equals(assigned.getOwner())) {
      return new CaseAssigned(command.caseId(), assigned.getOwner(), command.owner());
    }
    String previous = assigned.assign(command.owner());
    String reason = command.reason() == null || command.reason().isBlank() ? "" : ": " + command.reason();
    timeline.record(command.caseId(), command.by(), previous == null ? TimelineEventType.ASSIGNED : TimelineEventType.REASSIGNED,
        (previous == null ? "Assigned to " : "Reassigned from " + previous + " to ") + command.owner() + reason,
        (previous == null ? Wording.of("assigned").user(command.owner())
            : Wording.of("reassigned").user(previous).user(command.owner())).quote(command.reason()));
    notices.tell(List.of(command.owner()), assigned.getId(), CaseNotice.ASSIGNED, command.by() + " gave you a detractor case" + reason,
        reason.isEmpty() ? Wording.of("assigned").user(command.by())
            : Wording.of("assigned-reason").user(command.by()).text(command.reason().strip()));
    workflow.ownerChanged(command.caseId(), command.owner());
    return new CaseAssigned(command.caseId(), previous, command.owner());
  }

  /** Who should own the case, who says so, and why. */
  public record AssignCase(CaseId caseId, String owner, String reason, String by) {}

  /** A case changed owner. */
  public record CaseAssigned(CaseId caseId, String previousOwner, String owner) {}
}
