package io.closedloop.cases.web;

import io.closedloop.web.WebPage;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One case as the people working it see it: the customer, the response, the history, the timeline
 * and the actions of the current step ({@link CaseView}), with the task forms deployed with the case's process version
 * ({@link CaseForms}). Each action is sent to a controller of its own ({@link CaseOwnershipActions},
 * {@link ContactAttemptAction}, {@link ResolutionAction}, {@link AlarmReviewAction}), answered alike
 * ({@link CaseActionAnswers}): a form sent with mistakes comes back with them (422); reloading its address shows the
 * case again.
 */
@Controller
@WebPage
class CasePage {

  static final String CALL_BACK_FORM = "call-back-customer";
  static final String RESOLVE_FORM = ResolveForms.FORM;
  static final String ALARM_FORM = "review-alarming-case";
  static final String JOIN_IDEA = ResolveForms.JOIN_IDEA;

  private final CaseView view;
  private final ReadableCases cases;
  private final OfferedIdeas offeredIdeas;

  CasePage(CaseView view, ReadableCases cases, OfferedIdeas offeredIdeas) {
    this.view = view;
    this.cases = cases;
    this.offeredIdeas = offeredIdeas;
  }

  @GetMapping("/cases/{id}")
  String show(@PathVariable UUID id, Authentication user, Model model) {
    return view.page(id, user, model, null, null);
  }

  /** The addresses the case's forms are sent to: opening one (a reload after a refused form) shows the case. */
  @GetMapping({"/cases/{id}/claim", "/cases/{id}/assignment", "/cases/{id}/contact-attempts", "/cases/{id}/resolution",
      "/cases/{id}/alarm-review"})
  String reload(@PathVariable UUID id) {
    return "redirect:/cases/" + id;
  }

  /**
   * The open ideas to join, those with the chosen root cause at the case's touchpoint first (an htmx
   * fragment, sent again when the root cause changes), keeping the idea chosen so far.
   */
  @GetMapping("/cases/{id}/offered-ideas")
  String offeredIdeas(@PathVariable UUID id, @RequestParam(required = false) String rootCause,
      @RequestParam(name = JOIN_IDEA, required = false) String chosen, Authentication user, Model model) {
    offeredIdeas.addTo(model, cases.readable(id, user), rootCause, chosen, null);
    return "cases/case :: offeredIdeas";
  }

  /** A sent form's fields, each with its values. */
  static Map<String, List<String>> parameters(HttpServletRequest request) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
    return parameters;
  }
}
