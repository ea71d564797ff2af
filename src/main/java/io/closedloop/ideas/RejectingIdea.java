package io.closedloop.ideas;

import io.closedloop.shared.InvalidInputException;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager rejects an idea of the backlog; it keeps its reason and stays readable. */
@Service
public class RejectingIdea {

  private final IdeaBacklog backlog;
  private final IdeaTimeline timeline;

  RejectingIdea(IdeaBacklog backlog, IdeaTimeline timeline) {
    this.backlog = backlog;
    this.timeline = timeline;
  }

  @Transactional
  public Idea reject(UUID ideaId, String reason, String by) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "is required");
    }
    if (reason.length() > 2_000) {
      throw new InvalidInputException("reason", "must be at most 2000 characters");
    }
    Idea idea = backlog.get(ideaId);
    idea.reject(reason.strip());
    timeline.record(ideaId, by, IdeaEventType.REJECTED, reason.strip());
    return idea;
  }
}
