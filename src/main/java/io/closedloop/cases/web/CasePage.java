package io.closedloop.cases.web;

import io.closedloop.cases.AssigningCase.AssignCase;
import io.closedloop.cases.AssigningCase;
import io.closedloop.cases.CaseId;
import io.closedloop.cases.CaseQueries.CaseDetail;
import io.closedloop.cases.CaseQueries;
import io.closedloop.cases.Channel;
import io.closedloop.cases.ClaimingCase;
import io.closedloop.cases.CustomerCard;
import io.closedloop.cases.CustomerCards;
import io.closedloop.cases.DetractorCase;
import io.closedloop.cases.LogContactAttempt;
import io.closedloop.cases.LoggingContactAttempt;
import io.closedloop.cases.Outcome;
import io.closedloop.cases.ResolveCase;
import io.closedloop.cases.ResolvingCase;
import io.closedloop.cases.ReviewingAlarm;
import io.closedloop.cases.RootCauses;
import io.closedloop.forms.CamundaForms;
import io.closedloop.forms.FormComponent;
import io.closedloop.forms.FormDefinition;
import io.closedloop.forms.FormRenderer;
import io.closedloop.forms.FormSubmission;
import io.closedloop.ideas.Horizon;
import io.closedloop.ideas.IdeaBacklog;
import io.closedloop.ideas.ProposeIdea;
import io.closedloop.identity.Authorities;
import io.closedloop.identity.Teams;
import io.closedloop.intake.ReferenceData;
import io.closedloop.intake.ReferenceKind;
import io.closedloop.intake.ServicePreference;
import io.closedloop.shared.ConflictException;
import io.closedloop.shared.FieldError;
import io.closedloop.shared.InvalidInputException;
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
import java.util.UUID;
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
 * and the actions of the current step, with the task forms of {@code forms/}.
 */
@Controller
@WebPage
class CasePage {

  static final String CALL_BACK_FORM = "call-back-customer";
  static final String RESOLVE_FORM = "resolve-case";
  static final String ALARM_FORM = "review-alarming-case";
  private static final Map<String, String> IDEA_FIELDS =
      Map.of("idea.title", "ideaTitle", "idea.description", "ideaDescription", "idea.horizon", "ideaHorizon", "idea.id", "joinIdeaId");

  private final CaseQueries queries;
  private final CustomerCards customers;
  private final CasePermissions permissions;
  private final ClaimingCase claiming;
  private final AssigningCase assigning;
  private final LoggingContactAttempt logging;
  private final ResolvingCase resolving;
  private final RootCauses rootCauses;
  private final IdeaBacklog ideas;
  private final Teams teams;
  private final CamundaForms forms;
  private final FormRenderer renderer;
  private final ReferenceData referenceData;
  private final Moments moments;
  private final Labels labels;
  private final ReviewingAlarm reviewing;

  CasePage(CaseQueries queries, CustomerCards customers, CasePermissions permissions, ClaimingCase claiming, AssigningCase assigning,
      LoggingContactAttempt logging, ResolvingCase resolving, RootCauses rootCauses, IdeaBacklog ideas, Teams teams,
      CamundaForms forms, FormRenderer renderer, ReferenceData referenceData, Moments moments, Labels labels, ReviewingAlarm reviewing) {
    this.queries = queries;
    this.customers = customers;
    this.permissions = permissions;
    this.claiming = claiming;
    this.assigning = assigning;
    this.logging = logging;
    this.resolving = resolving;
    this.rootCauses = rootCauses;
    this.ideas = ideas;
    this.teams = teams;
    this.forms = forms;
    this.renderer = renderer;
    this.referenceData = referenceData;
    this.moments = moments;
    this.labels = labels;
    this.reviewing = reviewing;
  }

  @GetMapping("/cases/{id}")
  String show(@PathVariable UUID id, Authentication user, Model model) {
    return page(id, user, model, null, null);
  }

  @PostMapping("/cases/{id}/claim")
  String claim(@PathVariable UUID id, Authentication user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
    readable(id, user);
    try {
      claiming.claim(new CaseId(id), user.getName());
    } catch (ConflictException refused) {
      return refused(id, user, model, response, refused);
    }
    redirect.addFlashAttribute("notice", "You now own this case.");
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
      model.addAttribute("error", "Could not assign the case: " + invalid.getMessage());
      return page(id, user, model, null, null);
    }
    redirect.addFlashAttribute("notice", "The case now belongs to " + owner + ".");
    return "redirect:/cases/" + id;
  }

  @PostMapping("/cases/{id}/contact-attempts")
  String logAttempt(@PathVariable UUID id, HttpServletRequest request, Authentication user, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    readable(id, user);
    FormSubmission submission = FormSubmission.of(forms.get(CALL_BACK_FORM), parameters(request));
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
    redirect.addFlashAttribute("notice", submission.flag("reached") ? "Contact logged: the customer was reached. Now close the loop."
        : "Contact attempt logged.");
    return "redirect:/cases/" + id;
  }

  @PostMapping("/cases/{id}/resolution")
  String resolve(@PathVariable UUID id, HttpServletRequest request, Authentication user, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    readable(id, user);
    FormSubmission submission = FormSubmission.of(resolveForm(), parameters(request));
    if (!submission.isValid()) {
      response.setStatus(422);
      return page(id, user, model, RESOLVE_FORM, submission);
    }
    try {
      resolving.resolve(new ResolveCase(new CaseId(id), submission.text("rootCause"), Outcome.valueOf(submission.text("outcome")),
          submission.text("notes"), submission.text("closeTheLoopMessage"), idea(id, submission, user), user.getName()));
    } catch (ConflictException refused) {
      return refused(id, user, model, response, refused);
    } catch (InvalidInputException invalid) {
      response.setStatus(422);
      return page(id, user, model, RESOLVE_FORM, withErrors(submission, invalid));
    }
    redirect.addFlashAttribute("notice", "Case resolved. Thank you for closing the loop.");
    return "redirect:/cases/" + id;
  }

  @PostMapping("/cases/{id}/alarm-review")
  String reviewAlarm(@PathVariable UUID id, HttpServletRequest request, Authentication user, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    DetractorCase detractorCase = readable(id, user);
    if (!permissions.canReviewAlarm(user, detractorCase)) {
      throw new AccessDeniedException("Only a manager of " + detractorCase.getTeam() + " or the head of customer experience reviews alarms");
    }
    FormSubmission submission = FormSubmission.of(forms.get(ALARM_FORM), parameters(request));
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
    redirect.addFlashAttribute("notice", "Alarm review recorded.");
    return "redirect:/cases/" + id;
  }

  /** The open ideas with the chosen root cause at the case's touchpoint, offered to join (an htmx fragment). */
  @GetMapping("/cases/{id}/offered-ideas")
  String offeredIdeas(@PathVariable UUID id, @RequestParam(required = false) String rootCause, Authentication user, Model model) {
    DetractorCase detractorCase = readable(id, user);
    model.addAttribute("offeredIdeas", rootCause == null || rootCause.isBlank() ? List.of()
        : ideas.openWithRootCause(rootCause, detractorCase.getTouchpoint()));
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
    model.addAttribute("hint", hint(card.servicePreference()));
    model.addAttribute("preference", preference(card.servicePreference()));
    model.addAttribute("touchpointLabel", label(ReferenceKind.TOUCHPOINT, detractorCase.getTouchpoint()));
    model.addAttribute("segmentLabel", label(ReferenceKind.SEGMENT, card.segment()));
    model.addAttribute("rootCauseLabel", detractorCase.getRootCause() == null ? null : rootCauses.labelOf(detractorCase.getRootCause()));
    model.addAttribute("canClaim", open && detractorCase.getOwner() == null
        && Authorities.teamIds(user.getAuthorities()).contains(detractorCase.getTeam()));
    model.addAttribute("canLogAttempt", open && mine && !detractorCase.isReached());
    model.addAttribute("canResolve", open && mine && detractorCase.isReached());
    model.addAttribute("canAssign", canAssign);
    model.addAttribute("canEraseCustomer", permissions.canEraseCustomers(user));
    model.addAttribute("teamMembers", canAssign ? teams.membersOf(detractorCase.getTeam()) : List.of());
    model.addAttribute("attemptForm", renderer.render(forms.get(CALL_BACK_FORM), context, attempt));
    model.addAttribute("resolveForm", renderer.render(resolveForm(), context, resolution));
    boolean canReviewAlarm = open && detractorCase.isAlarming() && permissions.canReviewAlarm(user, detractorCase)
        && reviewing.awaitsReview(detractorCase.caseId());
    model.addAttribute("canReviewAlarm", canReviewAlarm);
    model.addAttribute("alarmForm", renderer.render(forms.get(ALARM_FORM), context, alarm));
    String chosenRootCause = resolution == null ? null : resolution.text("rootCause");
    model.addAttribute("offeredIdeas", chosenRootCause == null ? List.of() : ideas.openWithRootCause(chosenRootCause, detractorCase.getTouchpoint()));
    return "cases/case";
  }

  /** The resolve form with the root causes of the taxonomy as it stands (admins rename and add them), not the file's copy. */
  private FormDefinition resolveForm() {
    List<FormComponent.Option> leaves = rootCauses.taxonomy().stream()
        .flatMap(cause -> cause.children().stream().map(leaf -> new FormComponent.Option(cause.label() + ": " + leaf.label(), leaf.code())))
        .toList();
    return forms.get(RESOLVE_FORM).withOptions("rootCause", leaves);
  }

  private Map<String, Object> formContext(DetractorCase detractorCase, CustomerCard card) {
    Map<String, Object> context = new HashMap<>();
    context.put("score", card.response().score());
    context.put("touchpoint", label(ReferenceKind.TOUCHPOINT, detractorCase.getTouchpoint()));
    context.put("comment", card.response().comment() == null ? "" : card.response().comment());
    ServicePreference preference = preference(card.servicePreference());
    context.put("servicePreference", preference == null ? "not known" : labels.of(preference));
    context.put("serviceHint", hint(card.servicePreference()));
    context.put("callbackDue", moments.time(detractorCase.getCallbackDue()));
    return context;
  }

  private ProposeIdea idea(UUID caseId, FormSubmission submission, Authentication user) {
    String join = submission.text("joinIdeaId");
    if (join != null) {
      return new ProposeIdea(UUID.fromString(join), null, null, null, null, caseId, user.getName());
    }
    String title = submission.text("ideaTitle");
    if (title == null) {
      return null;
    }
    String horizon = submission.text("ideaHorizon");
    return new ProposeIdea(null, title, submission.text("ideaDescription"), horizon == null ? null : Horizon.valueOf(horizon), null,
        caseId, user.getName());
  }

  private DetractorCase readable(UUID id, Authentication user) {
    DetractorCase detractorCase = queries.get(new CaseId(id)).detractorCase();
    permissions.ensureCanRead(user, detractorCase);
    return detractorCase;
  }

  private String refused(UUID id, Authentication user, Model model, HttpServletResponse response, ConflictException refused) {
    response.setStatus(HttpServletResponse.SC_CONFLICT);
    model.addAttribute("error", "That is not possible now: " + refused.getMessage());
    return page(id, user, model, null, null);
  }

  private String label(ReferenceKind kind, String code) {
    return code == null ? null : referenceData.labelOf(kind, code).orElse(code);
  }

  private static String hint(String servicePreference) {
    ServicePreference preference = preference(servicePreference);
    return preference == null ? null : preference.hint();
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
