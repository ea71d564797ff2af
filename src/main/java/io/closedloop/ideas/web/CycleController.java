package io.closedloop.ideas.web;

import io.closedloop.ideas.ConfirmSelection;
import io.closedloop.ideas.CycleQueries;
import io.closedloop.ideas.CycleQueries.Agenda;
import io.closedloop.ideas.CycleQueries.Choice;
import io.closedloop.ideas.CycleQueries.Evaluation;
import io.closedloop.ideas.CycleStatus;
import io.closedloop.ideas.CycleTrigger;
import io.closedloop.ideas.CycleWorkflow;
import io.closedloop.ideas.CycleWorkflow.OpenTask;
import io.closedloop.ideas.EvaluateIdea;
import io.closedloop.ideas.Horizon;
import io.closedloop.ideas.Idea;
import io.closedloop.ideas.IdeaBacklog;
import io.closedloop.ideas.ImprovementCycle;
import io.closedloop.ideas.OpeningCycle;
import io.closedloop.ideas.ProposeIdea;
import io.closedloop.ideas.ProposingAtMeeting;
import io.closedloop.ideas.RunningCycle;
import io.closedloop.shared.SortableProperties;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The improvement cycle: start one by hand, read its agenda, propose ideas at its meeting, close
 * the voting, confirm the selection and evaluate the ideas chosen last time. Each step completes
 * the cycle's task in the process, as Tasklist would.
 */
@RestController
@RequestMapping("/api/improvement-cycles")
@Tag(name = "Improvement cycles", description = "The outer loop: meetings that choose and evaluate ideas")
class CycleController {

  private static final SortableProperties SORTABLE = SortableProperties.of("number", "startedAt", "status", "closedAt");

  private final CycleQueries cycles;
  private final OpeningCycle opening;
  private final RunningCycle running;
  private final ProposingAtMeeting proposing;
  private final CycleWorkflow workflow;
  private final IdeaBacklog backlog;
  private final IdeaPermissions permissions;

  CycleController(CycleQueries cycles, OpeningCycle opening, RunningCycle running, ProposingAtMeeting proposing, CycleWorkflow workflow,
      IdeaBacklog backlog, IdeaPermissions permissions) {
    this.cycles = cycles;
    this.opening = opening;
    this.running = running;
    this.proposing = proposing;
    this.workflow = workflow;
    this.backlog = backlog;
    this.permissions = permissions;
  }

  @GetMapping
  PagedModel<CycleSummary> list(@PageableDefault(sort = "startedAt", direction = Sort.Direction.DESC) Pageable pageable) {
    SORTABLE.check(pageable.getSort());
    return new PagedModel<>(cycles.list(pageable).map(CycleSummary::of));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  CycleDetail start(Authentication user) {
    permissions.ensureFacilitator(user);
    return detail(opening.startByHand(user.getName()).getId());
  }

  @GetMapping("/{id}")
  CycleDetail get(@PathVariable UUID id) {
    return detail(id);
  }

  /** A meeting group proposes an idea (two short-term and one long-term per group). */
  @PostMapping("/{id}/ideas")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> proposeAtMeeting(@PathVariable UUID id, @RequestBody MeetingIdea body, Authentication user) {
    Idea idea = proposing.propose(id, body.group(),
        ProposeIdea.newIdea(body.title(), body.description(), body.horizon(), body.touchpoint(), user.getName()));
    return Map.of("id", idea.getId(), "origin", idea.getOrigin(), "group", idea.getMeetingGroup(), "status", idea.getStatus());
  }

  /** The votes are in: the meeting closes and the selection rule picks. */
  @PostMapping("/{id}/meeting-closed")
  CycleDetail closeMeeting(@PathVariable UUID id, Authentication user) {
    permissions.ensureFacilitator(user);
    running.closeMeeting(id, user.getName());
    return detail(id);
  }

  @PostMapping("/{id}/selection")
  CycleDetail confirmSelection(@PathVariable UUID id, @RequestBody(required = false) SelectionBody body, Authentication user) {
    permissions.ensureFacilitator(user);
    SelectionBody selection = body == null ? new SelectionBody(null, null, null, null) : body;
    running.confirmSelection(new ConfirmSelection(id, selection.ideaIds(), selection.reason(), selection.owners(), selection.workingGroup(),
        user.getName()));
    return detail(id);
  }

  @PostMapping("/{id}/evaluations")
  CycleDetail evaluate(@PathVariable UUID id, @RequestBody EvaluationBody body, Authentication user) {
    permissions.ensureFacilitator(user);
    running.evaluate(new EvaluateIdea(id, body.ideaId(), body.implemented(), body.effect(), user.getName()));
    return detail(id);
  }

  private CycleDetail detail(UUID id) {
    ImprovementCycle cycle = cycles.get(id);
    List<Ballot> ballot = cycle.getStatus() == CycleStatus.MEETING ? ballot(cycle.getNumber()) : List.of();
    return new CycleDetail(CycleSummary.of(cycle), cycles.agendaOf(id), ballot, cycles.choicesOf(id, "RULE"), cycles.choicesOf(id, "CHOSEN"),
        cycles.evaluationsIn(id), workflow.openTasks(id));
  }

  private List<Ballot> ballot(int cycleNumber) {
    List<Idea> ideas = backlog.inBacklog();
    Map<UUID, IdeaBacklog.Counts> counts = backlog.countsOf(ideas.stream().map(Idea::getId).toList(), cycleNumber);
    return ideas.stream()
        .map(idea -> new Ballot(idea.getId(), idea.getTitle(), idea.getHorizon(), counts.getOrDefault(idea.getId(), IdeaBacklog.Counts.NONE).votes()))
        .sorted(java.util.Comparator.comparingLong(Ballot::votes).reversed())
        .toList();
  }

  /** A meeting group's idea. */
  record MeetingIdea(String group, String title, String description, Horizon horizon, String touchpoint) {}

  /** The facilitator's confirmation: empty keeps the rule's choice. */
  record SelectionBody(List<UUID> ideaIds, String reason, Map<UUID, String> owners, List<String> workingGroup) {}

  /** One chosen idea evaluated. */
  record EvaluationBody(UUID ideaId, Boolean implemented, String effect) {}

  /** A cycle in a list. */
  record CycleSummary(UUID id, Integer number, CycleStatus status, CycleTrigger trigger, Instant startedAt, String startedBy,
      Instant meetingClosedAt, Instant selectedAt, String selectedBy, String overrideReason, Instant closedAt, String note) {
    static CycleSummary of(ImprovementCycle cycle) {
      return new CycleSummary(cycle.getId(), cycle.getNumber(), cycle.getStatus(), cycle.getTrigger(), cycle.getStartedAt(),
          cycle.getStartedBy(), cycle.getMeetingClosedAt(), cycle.getSelectedAt(), cycle.getSelectedBy(), cycle.getOverrideReason(),
          cycle.getClosedAt(), cycle.getNote());
    }
  }

  /** An idea of the backlog with its votes in the cycle's meeting. */
  record Ballot(UUID id, String title, Horizon horizon, long votes) {}

  /** One cycle: its agenda, the ballot while the meeting is open, the rule's choice, what was chosen, the evaluations, open tasks. */
  record CycleDetail(@com.fasterxml.jackson.annotation.JsonUnwrapped CycleSummary cycle, Agenda agenda, List<Ballot> ballot,
      List<Choice> ruleChoice, List<Choice> chosen, List<Evaluation> evaluations, List<OpenTask> openTasks) {}
}
