package io.closedloop.ideas.web;

import io.closedloop.ideas.Horizon;
import io.closedloop.ideas.Idea;
import io.closedloop.ideas.IdeaBacklog;
import io.closedloop.ideas.IdeaBacklog.LinkedCase;
import io.closedloop.ideas.IdeaStatus;
import io.closedloop.ideas.ProposeIdea;
import io.closedloop.ideas.ProposingIdea;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The improvement-idea backlog. */
@RestController
@RequestMapping("/api/ideas")
class IdeaController {

  private final IdeaBacklog backlog;
  private final ProposingIdea proposing;

  IdeaController(IdeaBacklog backlog, ProposingIdea proposing) {
    this.backlog = backlog;
    this.proposing = proposing;
  }

  @GetMapping
  PagedModel<IdeaSummary> list(@RequestParam(required = false) List<IdeaStatus> status,
      @PageableDefault(sort = "createdAt", direction = Sort.Direction.DESC) Pageable pageable) {
    return new PagedModel<>(backlog.list(status == null ? List.of() : status, pageable).map(IdeaSummary::of));
  }

  @GetMapping("/{id}")
  IdeaDetail get(@PathVariable UUID id) {
    Idea idea = backlog.get(id);
    List<LinkedCase> cases = backlog.casesOf(id);
    return new IdeaDetail(IdeaSummary.of(idea), cases, cases.stream().map(LinkedCase::customerId).distinct().count());
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  IdeaSummary propose(@RequestBody NewIdea body, Principal user) {
    UUID id = proposing.propose(new ProposeIdea(null, body.title(), body.description(), body.horizon(), body.touchpoint(), null, user.getName()))
        .ideaId().value();
    return IdeaSummary.of(backlog.get(id));
  }

  /** A new idea as a client sends it. */
  record NewIdea(String title, String description, Horizon horizon, String touchpoint) {}

  /** An idea in a list. */
  record IdeaSummary(UUID id, String title, String description, Horizon horizon, IdeaStatus status, String origin,
      String touchpoint, Instant createdAt, String createdBy) {
    static IdeaSummary of(Idea idea) {
      return new IdeaSummary(idea.getId(), idea.getTitle(), idea.getDescription(), idea.getHorizon(), idea.getStatus(),
          idea.getOrigin().name(), idea.getTouchpoint(), idea.getCreatedAt(), idea.getCreatedBy());
    }
  }

  /** One idea with the cases behind it and how many customers they stand for. */
  record IdeaDetail(@com.fasterxml.jackson.annotation.JsonUnwrapped IdeaSummary idea, List<LinkedCase> cases, long customers) {}
}
