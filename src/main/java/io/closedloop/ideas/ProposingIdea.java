package io.closedloop.ideas;

import io.closedloop.shared.FieldError;
import io.closedloop.shared.InvalidInputException;
import io.closedloop.shared.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Anyone proposes an improvement idea; a case's resolution proposes one or joins an existing one. */
@Service
public class ProposingIdea {

  private final IdeaRepository ideas;
  private final JdbcClient jdbc;
  private final IdeaTimeline timeline;
  private final Clock clock;

  ProposingIdea(IdeaRepository ideas, JdbcClient jdbc, IdeaTimeline timeline, Clock clock) {
    this.ideas = ideas;
    this.jdbc = jdbc;
    this.timeline = timeline;
    this.clock = clock;
  }

  /** Checks a proposal without storing it; the field names are prefixed (e.g. {@code idea.title}). */
  public List<FieldError> problems(ProposeIdea proposal, String prefix) {
    List<FieldError> errors = new ArrayList<>();
    if (proposal.existingIdea() != null) {
      if (!ideas.existsById(proposal.existingIdea())) {
        errors.add(new FieldError(prefix + "id", "is not a known idea"));
      }
      return errors;
    }
    if (proposal.title() == null || proposal.title().isBlank()) {
      errors.add(new FieldError(prefix + "title", "is required"));
    } else if (proposal.title().length() > 200) {
      errors.add(new FieldError(prefix + "title", "must be at most 200 characters"));
    }
    if (proposal.description() != null && proposal.description().length() > 10_000) {
      errors.add(new FieldError(prefix + "description", "must be at most 10000 characters"));
    }
    if (proposal.touchpoint() != null && proposal.touchpoint().length() > 64) {
      errors.add(new FieldError(prefix + "touchpoint", "must be at most 64 characters"));
    }
    if (proposal.horizon() == null) {
      errors.add(new FieldError(prefix + "horizon", "is required: SHORT_TERM or LONG_TERM"));
    }
    return errors;
  }

  @Transactional
  public IdeaProposed propose(ProposeIdea proposal) {
    List<FieldError> errors = problems(proposal, "");
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (proposal.existingIdea() != null) {
      Idea idea = ideas.findById(proposal.existingIdea()).orElseThrow(() -> new NotFoundException("No idea " + proposal.existingIdea()));
      if (idea.getMergedInto() != null) {
        idea = ideas.findById(idea.getMergedInto()).orElseThrow();
      }
      link(idea.getId(), proposal.fromCase(), proposal.by());
      return new IdeaProposed(new IdeaId(idea.getId()), proposal.fromCase(), true);
    }
    Idea idea = create(proposal, proposal.fromCase() == null ? IdeaOrigin.STAFF : IdeaOrigin.CASE);
    link(idea.getId(), proposal.fromCase(), proposal.by());
    return new IdeaProposed(new IdeaId(idea.getId()), proposal.fromCase(), false);
  }

  /** Stores a new idea of the given origin and records its proposal; the proposal must have been checked. */
  Idea create(ProposeIdea proposal, IdeaOrigin origin) {
    Idea idea = ideas.saveAndFlush(new Idea(proposal.title().strip(), proposal.description(), proposal.horizon(), origin,
        blankToNull(proposal.touchpoint()), clock.instant(), proposal.by()));
    timeline.record(idea.getId(), proposal.by(), IdeaEventType.PROPOSED,
        idea.getHorizon() + " idea from " + origin.name().toLowerCase(java.util.Locale.ROOT) + ": " + idea.getTitle());
    return idea;
  }

  private void link(UUID ideaId, UUID caseId, String by) {
    if (caseId != null) {
      int linked = jdbc.sql("insert into idea_case (idea_id, case_id) values (:idea, :case) on conflict do nothing")
          .param("idea", ideaId).param("case", caseId).update();
      if (linked > 0) {
        timeline.record(ideaId, by, IdeaEventType.CASE_LINKED, "Case " + caseId);
      }
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
