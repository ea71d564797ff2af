package io.closedloop.cases;

import io.closedloop.ideas.IdeaProposed;
import io.closedloop.ideas.ProposingIdea;
import io.closedloop.reference.RootCauses;
import io.closedloop.shared.Wording;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The process records a resolution on the case and passes its idea to the backlog, linked to the case. */
@Service
public class RecordingResolution {

  private final CaseAccess cases;
  private final CaseTimeline timeline;
  private final RootCauses rootCauses;
  private final ProposingIdea proposing;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  RecordingResolution(CaseAccess cases, CaseTimeline timeline, RootCauses rootCauses, ProposingIdea proposing,
      ApplicationEventPublisher events, Clock clock) {
    this.events = events;
    this.cases = cases;
    this.timeline = timeline;
    this.rootCauses = rootCauses;
    this.proposing = proposing;
    this.clock = clock;
  }

  @Transactional
  public void record(ResolveCase command) {
    DetractorCase resolved = cases.load(command.caseId());
    Instant now = clock.instant();
    resolved.resolve(command.rootCause(), command.outcome(), command.notes(), command.closeTheLoopMessage(),
        command.closeTheLoopChannel(), now);
    timeline.record(command.caseId(), command.by(), TimelineEventType.RESOLVED,
        command.outcome() + ", root cause " + rootCauses.labelOf(command.rootCause()) + " (" + command.rootCause() + ")",
        Wording.of("resolved").outcome(command.outcome()).rootCause(command.rootCause()));
    if (command.idea() != null) {
      IdeaProposed proposed = proposing.propose(command.idea().linkedTo(resolved.getId(), resolved.getTouchpoint(), command.by()));
      timeline.record(command.caseId(), command.by(), TimelineEventType.IDEA_LINKED,
          (proposed.joined() ? "Joined improvement idea " : "Proposed improvement idea ") + proposed.ideaId().value(),
          Wording.of(proposed.joined() ? "ideaJoined" : "ideaProposed").idea(proposed.ideaId().value()));
    }
    events.publishEvent(new CaseResolved(command.caseId(), CaseStatus.RESOLVED, command.outcome(), command.rootCause(),
        resolved.getTeam(), resolved.getPriority(), now));
  }
}
