package io.closedloop.ideas;

import io.closedloop.shared.FieldError;
import io.closedloop.shared.InvalidInputException;
import io.closedloop.shared.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** At a cycle's meeting each group proposes up to two short-term ideas and one long-term idea; they join the backlog. */
@Service
public class ProposingAtMeeting {

  static final int SHORT_TERM_PER_GROUP = 2;
  static final int LONG_TERM_PER_GROUP = 1;

  private final CycleRepository cycles;
  private final IdeaRepository ideas;
  private final ProposingIdea proposing;

  ProposingAtMeeting(CycleRepository cycles, IdeaRepository ideas, ProposingIdea proposing) {
    this.cycles = cycles;
    this.ideas = ideas;
    this.proposing = proposing;
  }

  @Transactional
  public Idea propose(UUID cycleId, String group, ProposeIdea proposal) {
    ImprovementCycle cycle = cycles.findById(cycleId).orElseThrow(() -> new NotFoundException("No improvement cycle " + cycleId));
    List<FieldError> errors = new ArrayList<>(proposing.problems(proposal, ""));
    if (group == null || group.isBlank()) {
      errors.add(new FieldError("group", "is required: the name of the meeting group"));
    } else if (group.length() > 100) {
      errors.add(new FieldError("group", "must be at most 100 characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (cycle.getStatus() != CycleStatus.MEETING) {
      throw new IdeaActionNotAllowed("The meeting of cycle " + cycle.getNumber() + " is not open for proposals");
    }
    long already = ideas.countByProposedInCycleAndMeetingGroupIgnoreCaseAndHorizon(cycleId, group.strip(), proposal.horizon());
    int allowed = proposal.horizon() == Horizon.SHORT_TERM ? SHORT_TERM_PER_GROUP : LONG_TERM_PER_GROUP;
    if (already >= allowed) {
      throw new IdeaActionNotAllowed("Group " + group.strip() + " already proposed " + already + " " + proposal.horizon() + " idea(s); "
          + "each group proposes two short-term ideas and one long-term idea");
    }
    Idea idea = proposing.create(proposal, IdeaOrigin.MEETING);
    idea.proposedAtMeeting(cycleId, group.strip());
    return idea;
  }
}
