package io.closedloop.ideas.web;

import io.closedloop.ideas.CycleQueries;
import io.closedloop.ideas.CycleQueries.Evaluation;
import io.closedloop.ideas.Horizon;
import io.closedloop.ideas.Idea;
import io.closedloop.ideas.IdeaBacklog;
import io.closedloop.ideas.IdeaBacklog.Counts;
import io.closedloop.ideas.IdeaBacklog.LinkedCase;
import io.closedloop.ideas.IdeaStatus;
import io.closedloop.ideas.IdeaTimeline;
import io.closedloop.ideas.MarkingIdeaDone;
import io.closedloop.ideas.MergingIdeas;
import io.closedloop.ideas.MergingIdeas.IdeasMerged;
import io.closedloop.ideas.PresentingPlan;
import io.closedloop.ideas.ProposeIdea;
import io.closedloop.ideas.ProposingIdea;
import io.closedloop.ideas.RejectingIdea;
import io.closedloop.ideas.TouchpointNps;
import io.closedloop.ideas.VotingForIdea;
import io.closedloop.ideas.VotingForIdea.VoteCast;
import io.closedloop.shared.SortableProperties;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The improvement-idea backlog: propose, vote, merge, reject, mark done; each idea with its cases, votes and timeline. */
@RestController
@RequestMapping("/api/ideas")
@Tag(name = "Ideas", description = "The improvement-idea backlog")
class IdeaController {

  private static final SortableProperties SORTABLE = SortableProperties.of("createdAt", "title", "status", "horizon", "touchpoint",
      "owner", "dueAt", "doneAt");

  private final IdeaBacklog backlog;
  private final IdeaTimeline timeline;
  private final CycleQueries cycles;
  private final ProposingIdea proposing;
  private final VotingForIdea voting;
  private final MergingIdeas merging;
  private final RejectingIdea rejecting;
  private final MarkingIdeaDone markingDone;
  private final PresentingPlan presenting;
  private final IdeaPermissions permissions;

  IdeaController(IdeaBacklog backlog, IdeaTimeline timeline, CycleQueries cycles, ProposingIdea proposing, VotingForIdea voting,
      MergingIdeas merging, RejectingIdea rejecting, MarkingIdeaDone markingDone, PresentingPlan presenting, IdeaPermissions permissions) {
    this.backlog = backlog;
    this.timeline = timeline;
    this.cycles = cycles;
    this.proposing = proposing;
    this.voting = voting;
    this.merging = merging;
    this.rejecting = rejecting;
    this.markingDone = markingDone;
    this.presenting = presenting;
    this.permissions = permissions;
  }

  @GetMapping
  PagedModel<IdeaSummary> list(@RequestParam(required = false) List<IdeaStatus> status,
      @PageableDefault(sort = "createdAt", direction = Sort.Direction.DESC) Pageable pageable) {
    SORTABLE.check(pageable.getSort());
    Page<Idea> page = backlog.list(status == null ? List.of() : status, pageable);
    Map<UUID, Counts> counts = backlog.countsOf(page.getContent().stream().map(Idea::getId).toList(), voting.cycleVotesCountFor());
    return new PagedModel<>(page.map(idea -> IdeaSummary.of(idea, counts.getOrDefault(idea.getId(), Counts.NONE))));
  }

  /** The open ideas a resolution with this root cause (and touchpoint) may join instead of proposing a duplicate. */
  @GetMapping("/offers")
  List<IdeaSummary> offers(@RequestParam String rootCause, @RequestParam(required = false) String touchpoint) {
    List<Idea> ideas = backlog.openWithRootCause(rootCause, touchpoint == null || touchpoint.isBlank() ? null : touchpoint);
    return summaries(ideas);
  }

  @GetMapping("/{id}")
  IdeaDetail get(@PathVariable UUID id) {
    return detail(id);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  IdeaDetail propose(@RequestBody NewIdea body, Authentication user) {
    UUID id = proposing.propose(ProposeIdea.newIdea(body.title(), body.description(), body.horizon(), body.touchpoint(), user.getName()))
        .ideaId().value();
    return detail(id);
  }

  @PostMapping("/{id}/votes")
  @ResponseStatus(HttpStatus.CREATED)
  VoteCast vote(@PathVariable UUID id, Authentication user) {
    return voting.vote(id, user.getName());
  }

  @PostMapping("/{id}/merge")
  IdeasMerged merge(@PathVariable UUID id, @RequestBody MergeBody body, Authentication user) {
    permissions.ensureFacilitator(user);
    return merging.merge(id, body.into(), user.getName());
  }

  @PostMapping("/{id}/rejection")
  IdeaDetail reject(@PathVariable UUID id, @RequestBody RejectionBody body, Authentication user) {
    permissions.ensureFacilitator(user);
    rejecting.reject(id, body.reason(), user.getName());
    return detail(id);
  }

  @PostMapping("/{id}/done")
  IdeaDetail done(@PathVariable UUID id, @RequestBody(required = false) DoneBody body, Authentication user) {
    permissions.ensureCanWorkOn(user, backlog.get(id), backlog.workingGroupOf(id));
    markingDone.finish(id, body == null ? null : body.note(), user.getName());
    return detail(id);
  }

  @PostMapping("/{id}/plan")
  IdeaDetail plan(@PathVariable UUID id, @RequestBody PlanBody body, Authentication user) {
    permissions.ensureCanWorkOn(user, backlog.get(id), backlog.workingGroupOf(id));
    presenting.submit(id, body.plan(), user.getName());
    return detail(id);
  }

  private List<IdeaSummary> summaries(List<Idea> ideas) {
    Map<UUID, Counts> counts = backlog.countsOf(ideas.stream().map(Idea::getId).toList(), voting.cycleVotesCountFor());
    return ideas.stream().map(idea -> IdeaSummary.of(idea, counts.getOrDefault(idea.getId(), Counts.NONE))).toList();
  }

  private IdeaDetail detail(UUID id) {
    Idea idea = backlog.get(id);
    Counts counts = backlog.countsOf(List.of(id), voting.cycleVotesCountFor()).getOrDefault(id, Counts.NONE);
    return new IdeaDetail(IdeaSummary.of(idea, counts), idea.getReason(), idea.getMergedInto(), idea.getPlan(), idea.getMeetingGroup(),
        backlog.workingGroupOf(id), backlog.casesOf(id), backlog.effectOf(idea).orElse(null), cycles.evaluationsOf(id), timeline.of(id));
  }

  /** A new idea as a client sends it. */
  record NewIdea(String title, String description, Horizon horizon, String touchpoint) {}

  /** Merge this idea into another. */
  record MergeBody(UUID into) {}

  /** Why an idea is rejected. */
  record RejectionBody(String reason) {}

  /** What was done. */
  record DoneBody(String note) {}

  /** A working group's plan. */
  record PlanBody(String plan) {}

  /** An idea in a list: {@code votes} for the coming selection, {@code customers} behind its cases. */
  record IdeaSummary(UUID id, String title, String description, Horizon horizon, IdeaStatus status, String origin, String touchpoint,
      Instant createdAt, String createdBy, String owner, Instant dueAt, Instant doneAt, long votes, long totalVotes, long customers) {
    static IdeaSummary of(Idea idea, Counts counts) {
      return new IdeaSummary(idea.getId(), idea.getTitle(), idea.getDescription(), idea.getHorizon(), idea.getStatus(),
          idea.getOrigin().name(), idea.getTouchpoint(), idea.getCreatedAt(), idea.getCreatedBy(), idea.getOwner(), idea.getDueAt(),
          idea.getDoneAt(), counts.votes(), counts.totalVotes(), counts.customers());
    }
  }

  /** One idea with the cases behind it, its working group, the effect on its touchpoint's NPS, evaluations and timeline. */
  record IdeaDetail(@com.fasterxml.jackson.annotation.JsonUnwrapped IdeaSummary idea, String reason, UUID mergedInto, String plan,
      String meetingGroup, List<String> workingGroup, List<LinkedCase> cases, TouchpointNps.Effect effect, List<Evaluation> evaluations,
      List<IdeaTimeline.Entry> timeline) {}
}
