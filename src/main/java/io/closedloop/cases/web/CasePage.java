package io.closedloop.cases.web;

import io.closedloop.cases.AssigningCase.AssignCase;
import io.closedloop.cases.AssigningCase;
import io.closedloop.cases.CaseId;
import io.closedloop.cases.CaseQueries.CaseDetail;
import io.closedloop.cases.CaseQueries;
import io.closedloop.cases.CaseSettings;
import io.closedloop.cases.Channel;
import io.closedloop.cases.ClaimingCase;
import io.closedloop.cases.CloseTheLoopChannel;
import io.closedloop.cases.CustomerCard;
import io.closedloop.cases.CustomerCards;
import io.closedloop.cases.DetractorCase;
import io.closedloop.cases.LogContactAttempt;
import io.closedloop.cases.LoggingContactAttempt;
import io.closedloop.cases.Outcome;
import io.closedloop.cases.ResolveCase;
import io.closedloop.cases.ResolvingCase;
import io.closedloop.cases.ReviewingAlarm;
import io.closedloop.customermail.MailRecipient;
import io.closedloop.forms.FormDefinition;
import io.closedloop.forms.FormRenderer;
import io.closedloop.forms.FormSubmission;
import io.closedloop.forms.FormTexts;
import io.closedloop.ideas.Horizon;
import io.closedloop.ideas.Idea;
import io.closedloop.ideas.IdeaBacklog;
import io.closedloop.ideas.ProposeIdea;
import io.closedloop.identity.Authorities;
import io.closedloop.identity.Teams;
import io.closedloop.intake.ServicePreference;
import io.closedloop.shared.ConflictException;
import io.closedloop.shared.FieldError;
import io.closedloop.shared.InvalidInputException;
import io.closedloop.tasks.web.TaskSections;
import io.closedloop.web.Labels;
import io.closedloop.web.Moments;
import io.closedloop.web.WebPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One case as the people working it see it: the customer, the response, the history, the timeline
 * and the actions of the current step, with the task forms deployed with the case's process version
 * ({@link CaseForms}), and any other open step of its process with its own form ({@link TaskSections}). A form sent with
 * mistakes comes back with them (422); reloading its address shows the case again.
 */
@Controller
@WebPage
class CasePage {

  static final String CALL_BACK_FORM = "call-back-customer";
  static final String RESOLVE_FORM = ResolveForms.FORM;
  static final String ALARM_FORM = "review-alarming-case";
  static final String JOIN_IDEA = ResolveForms.JOIN_IDEA;
  private static final Map<String, String> IDEA_FIELDS =
      Map.of("idea.title", "ideaTitle", "idea.description", "ideaDescription", "idea.horizon", "ideaHorizon", "idea.id", JOIN_IDEA);

  private final CaseQueries queries;
  private final CustomerCards customers;
  private final CasePermissions permissions;
  private final ClaimingCase claiming;
  private final AssigningCase assigning;
  private final LoggingContactAttempt logging;
  private final ResolvingCase resolving;
  private final ResolveForms resolveForms;
  private final IdeaBacklog ideas;
  private final Teams teams;
  private final CaseForms caseForms;
  private final TaskSections taskSections;
  private final FormRenderer renderer;
  private final Moments moments;
  private final Labels labels;
  private final ReviewingAlarm reviewing;
  private final CaseSettings settings;
  private final TimelineLines timelineLines;
  private final MessageSource messages;

  CasePage(CaseQueries queries, CustomerCards customers, CasePermissions permissions, ClaimingCase claiming, AssigningCase assigning,
      LoggingContactAttempt logging, ResolvingCase resolving, ResolveForms resolveForms, IdeaBacklog ideas, Teams teams,
      CaseForms caseForms, TaskSections taskSections, FormRenderer renderer, Moments moments, Labels labels, ReviewingAlarm reviewing, CaseSettings settings,
      TimelineLines timelineLines, MessageSource messages) {
    this.queries = queries;
    this.customers = customers;
    this.permissions = permissions;
    this.claiming = claiming;
    this.assigning = assigning;
    this.logging = logging;
    this.resolving = resolving;
    this.resolveForms = resolveForms;
    this.ideas = ideas;
    this.teams = teams;
    this.caseForms = caseForms;
    this.taskSections = taskSections;
    this.renderer = renderer;
    this.moments = moments;
    this.labels = labels;
    this.reviewing = reviewing;
    this.settings = settings;
    this.timelineLines = timelineLines;
    this.messages = messages;
  }

  @GetMapping("/cases/{id}")
  String show(@PathVariable UUID id, Authentication user, Model model) {
    return page(id, user, model, null, null);
  }

  /** The addresses the case's forms are sent to: opening one (a reload after a refused form) shows the case. */
  @GetMapping({"/cases/{id}/claim", "/cases/{id}/assignment", "/cases/{id}/contact-attempts", "/cases/{id}/resolution",
      "/cases/{id}/alarm-review"})
  String reload(@PathVariable UUID id) {
    return "redirect:/cases/" + id;
  }

  @PostMapping("/cases/{id}/claim")
  String claim(@PathVariable UUID id, Authentication user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
    readable(id, user);
    try {
      claiming.claim(new CaseId(id), user.getName());
    } catch (ConflictException refused) {
      return refused(id, user, model, response, refused);
    }
    redirect.addFlashAttribute("notice", text("cases.notice.claimed"));
    return "redirect:/cases/" + id;
  }

  @PostMapping("/cases/{id}/assignment")
  String assign(@PathVariable UUID id, @RequestParam(required = false) String owner, @RequestParam(required = false) String reason,
      Authentication user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
    permissions.ensureCanAssign(user, readable(id, user));
    try {
      assigning.assign(new AssignCase(new CaseId(id), owner, reason, user.getName()));
    } catch (ConflictException refused) {
      return refused(id, user, model, response, refused);
    } catch (InvalidInputException invalid) {
      response.setStatus(422);
      model.addAttribute("error", text("cases.error.not-assigned", invalid.getMessage()));
      return page(id, user, model, null, null);
    }
    redirect.addFlashAttribute("notice", text("cases.notice.assigned", owner));
    return "redirect:/cases/" + id;
  }

  @PostMapping("/cases/{id}/contact-attempts")
  String logAttempt(@PathVariable UUID id, HttpServletRequest request, Authentication user, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    FormSubmission submission = FormSubmission.of(caseForms.of(readable(id, user), CaseForms.CALL_BACK_STEP, CALL_BACK_FORM),
        parameters(request));
    if (!submission.isValid()) {
      response.setStatus(422);
      return page(id, user, model, CALL_BACK_FORM, submission);
    }
    try {
      logging.log(new LogContactAttempt(new CaseId(id), Channel.valueOf(submission.text("channel")), submission.flag("reached"),
          submission.text("note"), user.getName()));
    } catch (ConflictException refused) {
      return refused(id, user, model, response, refused);
    } catch (InvalidInputException invalid) {
      response.setStatus(422);
      return page(id, user, model, CALL_BACK_FORM, withErrors(submission, invalid));
    }
    redirect.addFlashAttribute("notice", text(submission.flag("reached") ? "cases.notice.reached" : "cases.notice.attempt-logged"));
    return "redirect:/cases/" + id;
  }

  @PostMapping("/cases/{id}/resolution")
  String resolve(@PathVariable UUID id, HttpServletRequest request, Authentication user, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    readable(id, user);
    FormSubmission submission = FormSubmission.of(resolveFormOf(readable(id, user), user.getName()), parameters(request));
    if (!submission.isValid()) {
      response.setStatus(422);
      return page(id, user, model, RESOLVE_FORM, submission);
    }
    try {
      resolving.resolve(new ResolveCase(new CaseId(id), submission.text("rootCause"), Outcome.valueOf(submission.text("outcome")),
          submission.text("notes"), submission.text("closeTheLoopMessage"),
          channel(submission), idea(id, submission, user), user.getName()));
    } catch (ConflictException refused) {
      return refused(id, user, model, response, refused);
    } catch (InvalidInputException invalid) {
      response.setStatus(422);
      return page(id, user, model, RESOLVE_FORM, withErrors(submission, invalid));
    }
    redirect.addFlashAttribute("notice", text("cases.notice.resolved"));
    return "redirect:/cases/" + id;
  }

  @PostMapping("/cases/{id}/alarm-review")
  String reviewAlarm(@PathVariable UUID id, HttpServletRequest request, Authentication user, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    DetractorCase detractorCase = readable(id, user);
    if (!permissions.canReviewAlarm(user, detractorCase)) {
      throw new AccessDeniedException("Only a manager of " + detractorCase.getTeam() + " or the head of customer experience reviews alarms");
    }
    FormSubmission submission = FormSubmission.of(caseForms.of(detractorCase, CaseForms.ALARM_STEP, ALARM_FORM), parameters(request));
    if (!submission.isValid()) {
      response.setStatus(422);
      return page(id, user, model, ALARM_FORM, submission);
    }
    try {
      reviewing.review(new CaseId(id), submission.text("alarmAction"), user.getName());
    } catch (ConflictException refused) {
      return refused(id, user, model, response, refused);
    } catch (InvalidInputException invalid) {
      response.setStatus(422);
      return page(id, user, model, ALARM_FORM, withErrors(submission, invalid));
    }
    redirect.addFlashAttribute("notice", text("cases.notice.alarm-reviewed"));
    return "redirect:/cases/" + id;
  }

  /**
   * The open ideas to join, those with the chosen root cause at the case's touchpoint first (an htmx
   * fragment, sent again when the root cause changes), keeping the idea chosen so far.
   */
  @GetMapping("/cases/{id}/offered-ideas")
  String offeredIdeas(@PathVariable UUID id, @RequestParam(required = false) String rootCause,
      @RequestParam(name = JOIN_IDEA, required = false) String chosen, Authentication user, Model model) {
    DetractorCase detractorCase = readable(id, user);
    offerIdeas(model, detractorCase, rootCause, chosen, null);
    return "cases/case :: offeredIdeas";
  }

  private String page(UUID id, Authentication user, Model model, String formId, FormSubmission submission) {
    FormSubmission attempt = CALL_BACK_FORM.equals(formId) ? submission : null;
    FormSubmission resolution = RESOLVE_FORM.equals(formId) ? submission : null;
    FormSubmission alarm = ALARM_FORM.equals(formId) ? submission : null;
    CaseDetail detail = queries.get(new CaseId(id));
    DetractorCase detractorCase = detail.detractorCase();
    permissions.ensureCanRead(user, detractorCase);
    CustomerCard card = customers.of(detractorCase);
    String me = user.getName();
    boolean open = !detractorCase.getStatus().isClosed();
    boolean mine = me.equals(detractorCase.getOwner());
    boolean canAssign = open && permissions.canAssign(user, detractorCase);
    Map<String, Object> context = formContext(detractorCase, card);

    model.addAttribute("section", "inbox");
    model.addAttribute("detail", detail);
    model.addAttribute("theCase", detractorCase);
    model.addAttribute("customer", card);
    model.addAttribute("earlierCases", card.earlierCases().stream().limit(10)
        .map(other -> queries.get(new CaseId(other)).detractorCase()).toList());
    ServicePreference preference = preference(card.servicePreference());
    model.addAttribute("preference", preference);
    model.addAttribute("hint", preference == null ? null : text("cases.hint." + preference.name()));
    model.addAttribute("timeline", timelineLines.of(detail.timeline()));
    long failed = detail.contactAttempts().stream().filter(tried -> !tried.isReached()).count();
    model.addAttribute("failedAttempts", failed);
    model.addAttribute("maxAttempts", settings.maxFailedAttempts());
    model.addAttribute("retrying", open && !detractorCase.isReached() && failed > 0);
    model.addAttribute("canClaim", open && detractorCase.getOwner() == null
        && Authorities.teamIds(user.getAuthorities()).contains(detractorCase.getTeam()));
    model.addAttribute("canLogAttempt", open && mine && !detractorCase.isReached());
    model.addAttribute("canResolve", open && mine && detractorCase.isReached() && caseForms.waitsAt(detractorCase, CaseForms.RESOLVE_STEP));
    model.addAttribute("canAssign", canAssign);
    model.addAttribute("canEraseCustomer", permissions.canEraseCustomers(user));
    MailRecipient mailRecipient = resolveForms.recipientOf(detractorCase);
    model.addAttribute("mailRecipient", mailRecipient);
    model.addAttribute("canChangeMailConsent", permissions.canChangeMailConsent(user));
    model.addAttribute("teamMembers", canAssign ? teams.membersOf(detractorCase.getTeam()) : List.of());
    model.addAttribute("attemptForm", renderer.render(caseForms.of(detractorCase, CaseForms.CALL_BACK_STEP, CALL_BACK_FORM), context, attempt));
    model.addAttribute("resolveForm", renderer.render(withoutJoinField(resolveForms.of(detractorCase, detractorCase.getOwner(), mailRecipient)), context, resolution));
    boolean canReviewAlarm = open && detractorCase.isAlarming() && permissions.canReviewAlarm(user, detractorCase)
        && reviewing.awaitsReview(detractorCase.caseId());
    model.addAttribute("canReviewAlarm", canReviewAlarm);
    model.addAttribute("alarmForm", renderer.render(caseForms.of(detractorCase, CaseForms.ALARM_STEP, ALARM_FORM), context, alarm));
    model.addAttribute("caseTasks", taskSections.ofCase(detractorCase.getId().toString(), user));
    model.addAttribute("invalidForm", formId == null || submission == null || submission.isValid() ? null : formId);
    if (open && mine && detractorCase.isReached()) {
      offerIdeas(model, detractorCase, resolution == null ? null : resolution.text("rootCause"),
          resolution == null ? null : first(resolution.submitted().get(JOIN_IDEA)), resolution);
    }
    return "cases/case";
  }

  private void offerIdeas(Model model, DetractorCase detractorCase, String rootCause, String chosen, FormSubmission resolution) {
    List<Idea> matching = rootCause == null || rootCause.isBlank() ? List.of() : ideas.openWithRootCause(rootCause, detractorCase.getTouchpoint());
    model.addAttribute("matchingIdeas", matching);
    List<UUID> matchingIds = matching.stream().map(Idea::getId).toList();
    model.addAttribute("otherIdeas", resolveForms.openIdeas().stream().filter(idea -> !matchingIds.contains(idea.getId())).toList());
    model.addAttribute("chosenIdea", chosen);
    model.addAttribute("joinError", resolution == null ? null : resolution.errors().stream()
        .filter(error -> JOIN_IDEA.equals(error.field())).map(error -> new FormTexts(messages, LocaleContextHolder.getLocale()).error(error.message()))
        .findFirst().orElse(null));
  }

  /** The page draws the choice of an idea to join itself, with the ideas of the chosen root cause first. */
  private static FormDefinition withoutJoinField(FormDefinition form) {
    return new FormDefinition(form.id(), form.components().stream().filter(component -> !JOIN_IDEA.equals(component.key())).toList());
  }

  private Map<String, Object> formContext(DetractorCase detractorCase, CustomerCard card) {
    Map<String, Object> context = new HashMap<>();
    context.put("score", card.response().score());
    context.put("touchpoint", labels.code("TOUCHPOINT", detractorCase.getTouchpoint()));
    context.put("comment", card.response().comment() == null ? "" : card.response().comment());
    ServicePreference preference = preference(card.servicePreference());
    context.put("servicePreference", preference == null ? text("common.not-known") : labels.of(preference));
    context.put("serviceHint", preference == null ? "" : text("cases.hint." + preference.name()));
    context.put("callbackDue", moments.time(detractorCase.getCallbackDue()));
    return context;
  }

  private ProposeIdea idea(UUID caseId, FormSubmission submission, Authentication user) {
    String join = submission.text(JOIN_IDEA);
    String title = submission.text("ideaTitle");
    if (join == null && title == null) {
      return null;
    }
    String horizon = submission.text("ideaHorizon");
    return ProposeIdea.withResolution(join == null ? null : UUID.fromString(join), title, submission.text("ideaDescription"),
        horizon == null ? null : Horizon.valueOf(horizon), user.getName());
  }

  private FormDefinition resolveFormOf(DetractorCase detractorCase, String owner) {
    return resolveForms.of(detractorCase, owner, resolveForms.recipientOf(detractorCase));
  }

  private static CloseTheLoopChannel channel(FormSubmission submission) {
    String chosen = submission.text("closeTheLoopChannel");
    return chosen == null ? CloseTheLoopChannel.NONE : CloseTheLoopChannel.valueOf(chosen);
  }

  private DetractorCase readable(UUID id, Authentication user) {
    DetractorCase detractorCase = queries.get(new CaseId(id)).detractorCase();
    permissions.ensureCanRead(user, detractorCase);
    return detractorCase;
  }

  private String refused(UUID id, Authentication user, Model model, HttpServletResponse response, ConflictException refused) {
    response.setStatus(HttpServletResponse.SC_CONFLICT);
    model.addAttribute("error", text("cases.error.refused", refused.getMessage()));
    return page(id, user, model, null, null);
  }

  private String text(String key, Object... arguments) {
    Locale locale = LocaleContextHolder.getLocale();
    return messages.getMessage(key, arguments, locale);
  }

  private static String first(List<String> values) {
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static ServicePreference preference(String servicePreference) {
    if (servicePreference == null) {
      return null;
    }
    try {
      return ServicePreference.valueOf(servicePreference);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  private static FormSubmission withErrors(FormSubmission submission, InvalidInputException invalid) {
    List<FieldError> errors = invalid.errors().stream()
        .map(error -> new FieldError(IDEA_FIELDS.getOrDefault(error.field(), error.field()), error.message())).toList();
    return new FormSubmission(submission.values(), submission.submitted(), errors);
  }

  static Map<String, List<String>> parameters(HttpServletRequest request) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
    return parameters;
  }
}
