package io.closedloop.ideas;

import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The owner (or a working group member, or a manager) marks a chosen idea done; when is recorded, for its evaluation. */
@Service
public class MarkingIdeaDone {

  private final IdeaBacklog backlog;
  private final IdeaTimeline timeline;
  private final CycleWorkflow workflow;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  MarkingIdeaDone(IdeaBacklog backlog, IdeaTimeline timeline, CycleWorkflow workflow, ApplicationEventPublisher events, Clock clock) {
    this.events = events;
    this.backlog = backlog;
    this.timeline = timeline;
    this.workflow = workflow;
    this.clock = clock;
  }

  /** Marks the idea done through its open "carry out" task when it has one (as Tasklist does), or else directly. */
  @Transactional
  public Idea finish(UUID ideaId, String note, String by) {
    Idea idea = backlog.get(ideaId);
    if (!idea.getStatus().isOpen() || idea.getStatus() == IdeaStatus.PROPOSED) {
      throw new IdeaActionNotAllowed("Only a selected or started idea can be done; this one is " + idea.getStatus());
    }
    if (!workflow.carryOutTaskDone(ideaId, note, by)) {
      markDone(ideaId, note, by);
    }
    return idea;
  }

  @Transactional
  public Idea markDone(UUID ideaId, String note, String by) {
    Idea idea = backlog.get(ideaId);
    idea.markDone(clock.instant());
    timeline.record(ideaId, by, IdeaEventType.DONE, note == null || note.isBlank() ? "Done" : "Done: " + note.strip());
    events.publishEvent(new IdeaDone(new IdeaId(ideaId), idea.getTitle(), idea.getHorizon(), idea.getTouchpoint(), idea.getDoneAt()));
    return idea;
  }
}
