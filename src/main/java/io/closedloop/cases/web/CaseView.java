package io.closedloop.cases.web;

import io.closedloop.cases.CaseId;
import io.closedloop.cases.CaseQueries;
import io.closedloop.cases.CaseQueries.CaseDetail;
import io.closedloop.cases.CaseSettings;
import io.closedloop.cases.CustomerCard;
import io.closedloop.cases.CustomerCards;
import io.closedloop.cases.DetractorCase;
import io.closedloop.cases.ReviewingAlarm;
import io.closedloop.customermail.MailRecipient;
import io.closedloop.forms.FormDefinition;
import io.closedloop.forms.FormRenderer;
import io.closedloop.forms.FormSubmission;
import io.closedloop.identity.Authorities;
import io.closedloop.identity.Teams;
import io.closedloop.intake.ServicePreference;
import io.closedloop.tasks.web.TaskSections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of the case page: the case, its customer and history, and the actions its reader may take now (the
 * case says which it allows, the permissions who may), with the forms of the current steps; a form sent with mistakes
 * is shown again with them.
 */
@Component
class CaseView {

  private final CaseQueries queries;
  private final CustomerCards customers;
  private final CasePermissions permissions;
  private final ResolveForms resolveForms;
  private final OfferedIdeas offeredIdeas;
  private final Teams teams;
  private final CaseForms caseForms;
  private final TaskSections taskSections;
  private final FormRenderer renderer;
  private final CaseFormContext formContext;
  private final ReviewingAlarm reviewing;
  private final CaseSettings settings;
  private final TimelineLines timelineLines;
  private final PageTexts texts;

  CaseView(CaseQueries queries, CustomerCards customers, CasePermissions permissions, ResolveForms resolveForms, OfferedIdeas offeredIdeas,
      Teams teams, CaseForms caseForms, TaskSections taskSections, FormRenderer renderer, CaseFormContext formContext,
      ReviewingAlarm reviewing, CaseSettings settings, TimelineLines timelineLines, PageTexts texts) {
    this.queries = queries;
    this.customers = customers;
    this.permissions = permissions;
    this.resolveForms = resolveForms;
    this.offeredIdeas = offeredIdeas;
    this.teams = teams;
    this.caseForms = caseForms;
    this.taskSections = taskSections;
    this.renderer = renderer;
    this.formContext = formContext;
    this.reviewing = reviewing;
    this.settings = settings;
    this.timelineLines = timelineLines;
    this.texts = texts;
  }

  /** The case page; {@code submission} is the form {@code formId} as sent, or null when none was. */
  String page(UUID id, Authentication user, Model model, String formId, FormSubmission submission) {
    FormSubmission attempt = CasePage.CALL_BACK_FORM.equals(formId) ? submission : null;
    FormSubmission resolution = CasePage.RESOLVE_FORM.equals(formId) ? submission : null;
    FormSubmission alarm = CasePage.ALARM_FORM.equals(formId) ? submission : null;
    CaseDetail detail = queries.get(new CaseId(id));
    DetractorCase detractorCase = detail.detractorCase();
    permissions.ensureCanRead(user, detractorCase);
    CustomerCard card = customers.of(detractorCase);
    String me = user.getName();
    boolean open = !detractorCase.getStatus().isClosed();
    boolean resolvable = detractorCase.whyCannotResolve(me).isEmpty();
    boolean canAssign = open && permissions.canAssign(user, detractorCase);
    Map<String, Object> context = formContext.of(detractorCase, card);

    model.addAttribute("section", "inbox");
    model.addAttribute("detail", detail);
    model.addAttribute("theCase", detractorCase);
    model.addAttribute("customer", card);
    model.addAttribute("earlierCases", card.earlierCases().stream().limit(10)
        .map(other -> queries.get(new CaseId(other)).detractorCase()).toList());
    ServicePreference preference = CaseFormContext.preference(card.servicePreference());
    model.addAttribute("preference", preference);
    model.addAttribute("hint", preference == null ? null : texts.text("cases.hint." + preference.name()));
    model.addAttribute("timeline", timelineLines.of(detail.timeline()));
    long failed = detail.contactAttempts().stream().filter(tried -> !tried.isReached()).count();
    model.addAttribute("failedAttempts", failed);
    model.addAttribute("maxAttempts", settings.maxFailedAttempts());
    model.addAttribute("retrying", open && !detractorCase.isReached() && failed > 0);
    model.addAttribute("canClaim", detractorCase.whyCannotBeClaimed().isEmpty()
        && Authorities.teamIds(user.getAuthorities()).contains(detractorCase.getTeam()));
    model.addAttribute("canLogAttempt", detractorCase.whyCannotLogAttempt(me).isEmpty());
    model.addAttribute("canResolve", resolvable && caseForms.waitsAt(detractorCase, CaseForms.RESOLVE_STEP));
    model.addAttribute("canAssign", canAssign);
    model.addAttribute("canEraseCustomer", permissions.canEraseCustomers(user));
    MailRecipient mailRecipient = resolveForms.recipientOf(detractorCase);
    model.addAttribute("mailRecipient", mailRecipient);
    model.addAttribute("canChangeMailConsent", permissions.canChangeMailConsent(user));
    model.addAttribute("teamMembers", canAssign ? teams.membersOf(detractorCase.getTeam()) : List.of());
    model.addAttribute("attemptForm",
        renderer.render(caseForms.of(detractorCase, CaseForms.CALL_BACK_STEP, CasePage.CALL_BACK_FORM), context, attempt));
    model.addAttribute("resolveForm",
        renderer.render(withoutJoinField(resolveForms.of(detractorCase, detractorCase.getOwner(), mailRecipient)), context, resolution));
    boolean canReviewAlarm = open && detractorCase.isAlarming() && permissions.canReviewAlarm(user, detractorCase)
        && reviewing.awaitsReview(detractorCase.caseId());
    model.addAttribute("canReviewAlarm", canReviewAlarm);
    model.addAttribute("alarmForm", renderer.render(caseForms.of(detractorCase, CaseForms.ALARM_STEP, CasePage.ALARM_FORM), context, alarm));
    model.addAttribute("caseTasks", taskSections.ofCase(detractorCase.getId().toString(), user));
    model.addAttribute("invalidForm", formId == null || submission == null || submission.isValid() ? null : formId);
    if (resolvable) {
      offeredIdeas.addTo(model, detractorCase, resolution == null ? null : resolution.text("rootCause"),
          resolution == null ? null : first(resolution.submitted().get(CasePage.JOIN_IDEA)), resolution);
    }
    return "cases/case";
  }

  /** The page draws the choice of an idea to join itself, with the ideas of the chosen root cause first. */
  private static FormDefinition withoutJoinField(FormDefinition form) {
    return new FormDefinition(form.id(), form.components().stream().filter(component -> !CasePage.JOIN_IDEA.equals(component.key())).toList());
  }

  private static String first(List<String> values) {
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
