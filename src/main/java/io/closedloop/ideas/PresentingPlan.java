package io.closedloop.ideas;

import io.closedloop.shared.InvalidInputException;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The working group of a chosen long-term idea writes down the plan it presents at the next meeting; the idea is then in progress. */
@Service
public class PresentingPlan {

  private final IdeaBacklog backlog;
  private final IdeaTimeline timeline;
  private final CycleWorkflow workflow;

  PresentingPlan(IdeaBacklog backlog, IdeaTimeline timeline, CycleWorkflow workflow) {
    this.backlog = backlog;
    this.timeline = timeline;
    this.workflow = workflow;
  }

  /** Records the plan through the working group's open task when there is one (as Tasklist does), or else directly. */
  @Transactional
  public Idea submit(UUID ideaId, String plan, String by) {
    if (plan == null || plan.isBlank()) {
      throw new InvalidInputException("plan", "is required");
    }
    Idea idea = backlog.get(ideaId);
    if (idea.getHorizon() != Horizon.LONG_TERM || idea.getStatus() != IdeaStatus.SELECTED) {
      throw new IdeaActionNotAllowed("Only a selected long-term idea gets a plan; this one is " + idea.getStatus());
    }
    if (!workflow.planTaskDone(ideaId, plan, by)) {
      present(ideaId, plan, by);
    }
    return idea;
  }

  @Transactional
  public Idea present(UUID ideaId, String plan, String by) {
    if (plan == null || plan.isBlank()) {
      throw new InvalidInputException("plan", "is required");
    }
    Idea idea = backlog.get(ideaId);
    idea.presentPlan(plan.strip());
    timeline.record(ideaId, by, IdeaEventType.PLAN_PRESENTED, plan.strip());
    return idea;
  }
}
