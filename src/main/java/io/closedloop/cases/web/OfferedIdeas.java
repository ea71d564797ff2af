package io.closedloop.cases.web;

import io.closedloop.cases.DetractorCase;
import io.closedloop.forms.FormSubmission;
import io.closedloop.forms.FormTexts;
import io.closedloop.ideas.Idea;
import io.closedloop.ideas.IdeaBacklog;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The open ideas a case's owner may join when resolving: those with the chosen root cause at the case's touchpoint first. */
@Component
class OfferedIdeas {

  private final IdeaBacklog ideas;
  private final ResolveForms resolveForms;
  private final MessageSource messages;

  OfferedIdeas(IdeaBacklog ideas, ResolveForms resolveForms, MessageSource messages) {
    this.ideas = ideas;
    this.resolveForms = resolveForms;
    this.messages = messages;
  }

  /** Adds the offer to the model, keeping the idea chosen so far and the mistake of the sent resolution, if any. */
  void addTo(Model model, DetractorCase detractorCase, String rootCause, String chosen, FormSubmission resolution) {
    List<Idea> matching = rootCause == null || rootCause.isBlank() ? List.of() : ideas.openWithRootCause(rootCause, detractorCase.getTouchpoint());
    model.addAttribute("matchingIdeas", matching);
    List<UUID> matchingIds = matching.stream().map(Idea::getId).toList();
    model.addAttribute("otherIdeas", resolveForms.openIdeas().stream().filter(idea -> !matchingIds.contains(idea.getId())).toList());
    model.addAttribute("chosenIdea", chosen);
    model.addAttribute("joinError", resolution == null ? null : resolution.errors().stream()
        .filter(error -> CasePage.JOIN_IDEA.equals(error.field()))
        .map(error -> new FormTexts(messages, LocaleContextHolder.getLocale()).error(error.message()))
        .findFirst().orElse(null));
  }
}
