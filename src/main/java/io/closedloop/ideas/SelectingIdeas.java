package io.closedloop.ideas;

import io.closedloop.identity.Teams;
import io.closedloop.shared.FieldError;
import io.closedloop.shared.InvalidInputException;
import io.closedloop.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends the voting of a cycle's meeting, applies the {@link SelectionRule}, and records what the
 * facilitator confirms: the rule's choice or an override with its reason, an owner for each
 * short-term idea and a working group of 2-4 for the long-term one, all due before the next
 * meeting. The ideas not chosen stay in the backlog for the next cycle.
 */
@Service
public class SelectingIdeas {

  static final int MIN_WORKING_GROUP = 2;
  static final int MAX_WORKING_GROUP = 4;

  private final CycleRepository cycles;
  private final IdeaBacklog backlog;
  private final IdeaTimeline timeline;
  private final JdbcClient jdbc;
  private final Teams teams;
  private final Clock clock;
  private final Duration cycleLength;
  private final ApplicationEventPublisher events;

  SelectingIdeas(CycleRepository cycles, IdeaBacklog backlog, IdeaTimeline timeline, JdbcClient jdbc, Teams teams, Clock clock,
      @Value("${closedloop.ideas.cycle-length:P42D}") Duration cycleLength, ApplicationEventPublisher events) {
    this.events = events;
    this.cycles = cycles;
    this.backlog = backlog;
    this.timeline = timeline;
    this.jdbc = jdbc;
    this.teams = teams;
    this.clock = clock;
    this.cycleLength = cycleLength;
  }

  /** What a cycle took on: the ideas for their owners, the long-term one for its working group, due before the next meeting. */
  public record SelectionConfirmed(UUID cycleId, List<UUID> shortTerm, Optional<UUID> longTerm, List<String> workingGroup, Instant dueAt) {}

  /** Voting closes; the rule's choice is stored for the facilitator to confirm. */
  @Transactional
  public SelectionRule.Selection applyRule(UUID cycleId) {
    ImprovementCycle cycle = cycle(cycleId);
    cycle.closeMeeting(clock.instant());
    List<Idea> candidates = backlog.inBacklog();
    Map<UUID, IdeaBacklog.Counts> counts = backlog.countsOf(candidates.stream().map(Idea::getId).toList(), cycle.getNumber());
    SelectionRule.Selection selection = SelectionRule.apply(candidates.stream()
        .map(idea -> new SelectionRule.Candidate(idea.getId(), idea.getHorizon(), counts.getOrDefault(idea.getId(), IdeaBacklog.Counts.NONE).votes(),
            idea.getCreatedAt()))
        .toList());
    List<UUID> picked = new ArrayList<>(selection.shortTerm());
    selection.longTerm().ifPresent(picked::add);
    storeChoices(cycle, "RULE", picked);
    return selection;
  }

  /** The rule's choice stored for a cycle, in order (short-term first). */
  public List<UUID> ruleChoiceOf(UUID cycleId) {
    return jdbc.sql("select idea_id from cycle_choice where cycle_id = :cycle and kind = 'RULE' order by position")
        .param("cycle", cycleId).query(UUID.class).list();
  }

  /** Checks a confirmation without storing it. */
  @Transactional(readOnly = true)
  public List<FieldError> problems(ConfirmSelection command) {
    List<FieldError> errors = new ArrayList<>();
    ImprovementCycle cycle = cycle(command.cycleId());
    if (cycle.getStatus() != CycleStatus.SELECTING) {
      throw new IdeaActionNotAllowed("Cycle " + cycle.getNumber() + " is not waiting for its selection (" + cycle.getStatus() + ")");
    }
    List<UUID> ruleChoice = ruleChoiceOf(command.cycleId());
    List<UUID> chosen = command.ideaIds() == null ? ruleChoice : command.ideaIds();
    int shortTerm = 0;
    int longTerm = 0;
    for (UUID ideaId : chosen) {
      Optional<Idea> idea = backlog.find(ideaId);
      if (idea.isEmpty()) {
        errors.add(new FieldError("ideaIds", "contains an unknown idea " + ideaId));
      } else if (idea.get().getStatus() != IdeaStatus.PROPOSED) {
        errors.add(new FieldError("ideaIds", "contains an idea that is not in the backlog: " + ideaId + " is " + idea.get().getStatus()));
      } else if (idea.get().getHorizon() == Horizon.SHORT_TERM) {
        shortTerm++;
      } else {
        longTerm++;
      }
    }
    if (new HashSet<>(chosen).size() != chosen.size()) {
      errors.add(new FieldError("ideaIds", "must not name an idea twice"));
    }
    if (shortTerm > SelectionRule.SHORT_TERM_IDEAS || longTerm > SelectionRule.LONG_TERM_IDEAS) {
      errors.add(new FieldError("ideaIds", "may hold at most two short-term ideas and one long-term idea"));
    }
    boolean overridden = !new HashSet<>(chosen).equals(new HashSet<>(ruleChoice));
    if (overridden && (command.reason() == null || command.reason().isBlank())) {
      errors.add(new FieldError("reason", "is required when the choice differs from the selection rule's"));
    }
    if (command.owners() != null) {
      command.owners().forEach((ideaId, owner) -> {
        if (!chosen.contains(ideaId)) {
          errors.add(new FieldError("owners." + ideaId, "is not a chosen idea"));
        } else if (!teams.exists(owner)) {
          errors.add(new FieldError("owners." + ideaId, "is not a known user: " + owner));
        }
      });
    }
    List<String> group = command.workingGroup() == null ? List.of() : command.workingGroup();
    if (longTerm > 0) {
      Set<String> members = new LinkedHashSet<>(group);
      if (members.size() < MIN_WORKING_GROUP || members.size() > MAX_WORKING_GROUP || members.size() != group.size()) {
        errors.add(new FieldError("workingGroup", "must name 2 to 4 different people for the long-term idea"));
      }
      group.stream().filter(member -> !teams.exists(member))
          .forEach(member -> errors.add(new FieldError("workingGroup", "is not a known user: " + member)));
    } else if (!group.isEmpty()) {
      errors.add(new FieldError("workingGroup", "is only for a chosen long-term idea"));
    }
    return errors;
  }

  @Transactional
  public SelectionConfirmed confirm(ConfirmSelection command) {
    List<FieldError> errors = problems(command);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    ImprovementCycle cycle = cycle(command.cycleId());
    List<UUID> chosen = command.ideaIds() == null ? ruleChoiceOf(command.cycleId()) : command.ideaIds();
    Instant dueAt = cycle.getStartedAt().plus(cycleLength);
    String reason = chosen.equals(ruleChoiceOf(command.cycleId())) || command.reason() == null ? null : command.reason().strip();
    Map<UUID, IdeaBacklog.Counts> counts = backlog.countsOf(chosen, cycle.getNumber());
    List<UUID> shortTerm = new ArrayList<>();
    Optional<UUID> longTerm = Optional.empty();
    List<String> group = command.workingGroup() == null ? List.of() : command.workingGroup();
    for (UUID ideaId : chosen) {
      Idea idea = backlog.get(ideaId);
      long votes = counts.getOrDefault(ideaId, IdeaBacklog.Counts.NONE).votes();
      String because = reason == null ? "" : "; facilitator's choice: " + reason;
      if (idea.getHorizon() == Horizon.SHORT_TERM) {
        String owner = command.owners() != null && command.owners().containsKey(ideaId) ? command.owners().get(ideaId) : idea.getCreatedBy();
        idea.select(owner, dueAt);
        timeline.record(ideaId, command.by(), IdeaEventType.SELECTED,
            "Chosen in cycle " + cycle.getNumber() + " with " + votes + " votes; owner " + owner + ", due " + dueAt + because);
        shortTerm.add(ideaId);
      } else {
        idea.select(null, dueAt);
        timeline.record(ideaId, command.by(), IdeaEventType.SELECTED,
            "Chosen in cycle " + cycle.getNumber() + " with " + votes + " votes; plan due at the next meeting, " + dueAt + because);
        for (String member : group) {
          jdbc.sql("insert into idea_member (idea_id, user_id) values (:idea, :user)").param("idea", ideaId).param("user", member).update();
        }
        timeline.record(ideaId, command.by(), IdeaEventType.WORKING_GROUP_FORMED, "Working group: " + String.join(", ", group));
        longTerm = Optional.of(ideaId);
      }
      events.publishEvent(new IdeaSelected(new IdeaId(ideaId), cycle.getId(), cycle.getNumber(), idea.getTitle(), idea.getHorizon(),
          idea.getTouchpoint(), dueAt, clock.instant()));
    }
    storeChoices(cycle, "CHOSEN", chosen);
    cycle.selected(clock.instant(), command.by(), reason);
    for (Idea idea : backlog.inBacklog()) {
      if (!chosen.contains(idea.getId())) {
        timeline.record(idea.getId(), IdeaTimeline.SYSTEM, IdeaEventType.NOT_SELECTED,
            "Not chosen in cycle " + cycle.getNumber() + "; stays in the backlog for the next cycle");
      }
    }
    return new SelectionConfirmed(cycle.getId(), shortTerm, longTerm, longTerm.isPresent() ? group : List.of(), dueAt);
  }

  private void storeChoices(ImprovementCycle cycle, String kind, List<UUID> ideaIds) {
    jdbc.sql("delete from cycle_choice where cycle_id = :cycle and kind = :kind").param("cycle", cycle.getId()).param("kind", kind).update();
    Map<UUID, IdeaBacklog.Counts> counts = backlog.countsOf(ideaIds, cycle.getNumber());
    for (int i = 0; i < ideaIds.size(); i++) {
      jdbc.sql("insert into cycle_choice (cycle_id, idea_id, kind, position, votes) values (:cycle, :idea, :kind, :position, :votes)")
          .param("cycle", cycle.getId()).param("idea", ideaIds.get(i)).param("kind", kind).param("position", i + 1)
          .param("votes", counts.getOrDefault(ideaIds.get(i), IdeaBacklog.Counts.NONE).votes()).update();
    }
  }

  private ImprovementCycle cycle(UUID cycleId) {
    return cycles.findById(cycleId).orElseThrow(() -> new NotFoundException("No improvement cycle " + cycleId));
  }
}
