package io.closedloop.cases.web;

import io.closedloop.cases.AssigningCase;
import io.closedloop.cases.AssigningCase.AssignCase;
import io.closedloop.cases.CaseFilter;
import io.closedloop.cases.CaseId;
import io.closedloop.cases.CaseQueries;
import io.closedloop.cases.CaseStatus;
import io.closedloop.cases.CaseSummary;
import io.closedloop.cases.Channel;
import io.closedloop.cases.ClaimingCase;
import io.closedloop.cases.CloseTheLoopChannel;
import io.closedloop.cases.CustomerCards;
import io.closedloop.cases.LogContactAttempt;
import io.closedloop.cases.LoggingContactAttempt;
import io.closedloop.cases.Outcome;
import io.closedloop.cases.Overdue;
import io.closedloop.cases.ResolveCase;
import io.closedloop.cases.ResolvingCase;
import io.closedloop.ideas.Horizon;
import io.closedloop.ideas.ProposeIdea;
import io.closedloop.reference.RootCauses;
import io.closedloop.reference.RootCauses.RootCause;
import io.closedloop.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The case API: list and read cases, claim, assign, log contact attempts, resolve; and the root-cause taxonomy. */
@RestController
@Tag(name = "Cases", description = "Detractor cases from queue to closed loop")
class CaseController {

  private final CaseQueries queries;
  private final CustomerCards customers;
  private final ClaimingCase claiming;
  private final AssigningCase assigning;
  private final LoggingContactAttempt logging;
  private final ResolvingCase resolving;
  private final RootCauses rootCauses;
  private final CasePermissions permissions;

  CaseController(CaseQueries queries, CustomerCards customers, ClaimingCase claiming, AssigningCase assigning,
      LoggingContactAttempt logging, ResolvingCase resolving, RootCauses rootCauses, CasePermissions permissions) {
    this.queries = queries;
    this.customers = customers;
    this.claiming = claiming;
    this.assigning = assigning;
    this.logging = logging;
    this.resolving = resolving;
    this.rootCauses = rootCauses;
    this.permissions = permissions;
  }

  @GetMapping("/api/cases")
  PagedModel<CaseSummary> list(@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) String owner,
      @RequestParam(required = false) String team, @RequestParam(required = false) String overdue,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant dueBefore,
      @RequestParam(required = false) Boolean alarming, @RequestParam(required = false) String touchpoint,
      @RequestParam(required = false) String q,
      @PageableDefault(sort = "callbackDue", direction = Sort.Direction.ASC) Pageable pageable, Authentication user) {
    CaseFilter filter = new CaseFilter(status, owner, team, Overdue.parse(overdue), dueBefore, alarming, touchpoint, q, null);
    return new PagedModel<>(queries.list(permissions.visibleTo(user, filter), pageable));
  }

  @GetMapping("/api/cases/{id}")
  CaseBody get(@PathVariable UUID id, Authentication user) {
    CaseQueries.CaseDetail detail = queries.get(new CaseId(id));
    permissions.ensureCanRead(user, detail.detractorCase());
    return CaseBody.of(detail, customers.of(detail.detractorCase()));
  }

  @PostMapping("/api/cases/{id}/claim")
  CaseBody claim(@PathVariable UUID id, Authentication user) {
    claiming.claim(new CaseId(id), user.getName());
    return get(id, user);
  }

  @PostMapping("/api/cases/{id}/assignment")
  CaseBody assign(@PathVariable UUID id, @RequestBody AssignmentBody body, Authentication user) {
    permissions.ensureCanAssign(user, queries.get(new CaseId(id)).detractorCase());
    assigning.assign(new AssignCase(new CaseId(id), body.owner(), body.reason(), user.getName()));
    return get(id, user);
  }

  @PostMapping("/api/cases/{id}/contact-attempts")
  CaseBody logAttempt(@PathVariable UUID id, @RequestBody AttemptBody body, Authentication user) {
    if (body.reached() == null) {
      throw new InvalidInputException("reached", "is required: true or false");
    }
    logging.log(new LogContactAttempt(new CaseId(id), body.channel(), body.reached(), body.note(), user.getName()));
    return get(id, user);
  }

  @PostMapping("/api/cases/{id}/resolution")
  CaseBody resolve(@PathVariable UUID id, @RequestBody ResolutionBody body, Authentication user) {
    ProposeIdea idea = body.idea() == null ? null
        : ProposeIdea.withResolution(body.idea().id(), body.idea().title(), body.idea().description(), body.idea().horizon(), user.getName());
    resolving.resolve(new ResolveCase(new CaseId(id), body.rootCause(), body.outcome(), body.notes(), body.closeTheLoopMessage(),
        body.closeTheLoopChannel(), idea, user.getName()));
    return get(id, user);
  }

  @GetMapping("/api/root-causes")
  List<RootCause> rootCauses() {
    return rootCauses.taxonomy();
  }

  /** Who should own a case and why. */
  record AssignmentBody(String owner, String reason) {}

  /** One attempt to reach the customer. */
  record AttemptBody(Channel channel, Boolean reached, String note) {}

  /** Closing the loop with a reached customer. */
  record ResolutionBody(String rootCause, Outcome outcome, String notes, String closeTheLoopMessage,
      CloseTheLoopChannel closeTheLoopChannel, IdeaBody idea) {}

  /** A new idea ({@code title, description, horizon}) or an existing one to join ({@code id}). */
  record IdeaBody(UUID id, String title, String description, Horizon horizon) {}
}
