package io.closedloop.ideas.web;

import io.closedloop.ideas.CycleQueries;
import io.closedloop.ideas.Horizon;
import io.closedloop.ideas.Idea;
import io.closedloop.ideas.IdeaBacklog;
import io.closedloop.ideas.IdeaStatus;
import io.closedloop.ideas.ImprovementCycle;
import io.closedloop.ideas.ProposeIdea;
import io.closedloop.ideas.ProposingIdea;
import io.closedloop.ideas.VotingForIdea;
import io.closedloop.reference.ReferenceData;
import io.closedloop.reference.ReferenceKind;
import io.closedloop.shared.ConflictException;
import io.closedloop.shared.InvalidInputException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The ideas page: the current cycle with its agenda, the chosen ideas, the backlog with vote buttons, and a proposal form. */
@Controller
class IdeaPageController {

  private final IdeaBacklog backlog;
  private final CycleQueries cycles;
  private final VotingForIdea voting;
  private final ProposingIdea proposing;
  private final ReferenceData referenceData;
  private final MessageSource messages;

  IdeaPageController(IdeaBacklog backlog, CycleQueries cycles, VotingForIdea voting, ProposingIdea proposing, ReferenceData referenceData,
      MessageSource messages) {
    this.backlog = backlog;
    this.cycles = cycles;
    this.voting = voting;
    this.proposing = proposing;
    this.referenceData = referenceData;
    this.messages = messages;
  }

  @GetMapping("/ideas")
  String page(Model model) {
    int votesCountFor = voting.cycleVotesCountFor();
    List<Idea> open = backlog.inBacklog();
    Map<UUID, IdeaBacklog.Counts> counts = backlog.countsOf(open.stream().map(Idea::getId).toList(), votesCountFor);
    model.addAttribute("backlog", open.stream()
        .map(idea -> new Row(idea, counts.getOrDefault(idea.getId(), IdeaBacklog.Counts.NONE)))
        .sorted(Comparator.comparingLong((Row row) -> row.counts().votes()).reversed())
        .toList());
    model.addAttribute("chosen", backlog.list(List.of(IdeaStatus.SELECTED, IdeaStatus.IN_PROGRESS, IdeaStatus.DONE),
        PageRequest.of(0, 50, Sort.by("createdAt"))).getContent());
    ImprovementCycle cycle = cycles.latest().orElse(null);
    model.addAttribute("section", "ideas");
    model.addAttribute("cycle", cycle);
    model.addAttribute("agenda", cycle == null ? null : cycles.agendaOf(cycle.getId()));
    model.addAttribute("votesCountFor", votesCountFor);
    model.addAttribute("touchpoints", referenceData.labels(ReferenceKind.TOUCHPOINT, LocaleContextHolder.getLocale()));
    return "ideas/backlog";
  }

  @PostMapping("/ideas/{id}/vote")
  String vote(@PathVariable UUID id, Authentication user, RedirectAttributes flash) {
    try {
      VotingForIdea.VoteCast vote = voting.vote(id, user.getName());
      flash.addFlashAttribute("message", text("ideas.vote.counted", vote.cycle()));
    } catch (ConflictException e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/ideas";
  }

  @PostMapping("/ideas")
  String propose(@RequestParam String title, @RequestParam(required = false) String description, @RequestParam Horizon horizon,
      @RequestParam(required = false) String touchpoint, Authentication user, RedirectAttributes flash) {
    try {
      proposing.propose(ProposeIdea.newIdea(title, description, horizon, touchpoint == null || touchpoint.isBlank() ? null : touchpoint,
          user.getName()));
      flash.addFlashAttribute("message", text("ideas.propose.done"));
    } catch (InvalidInputException e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/ideas";
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }

  /** A backlog idea with its votes and customers. */
  record Row(Idea idea, IdeaBacklog.Counts counts) {}
}
