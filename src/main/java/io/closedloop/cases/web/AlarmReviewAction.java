package io.closedloop.cases.web;

import io.closedloop.cases.CaseId;
import io.closedloop.cases.DetractorCase;
import io.closedloop.cases.ReviewingAlarm;
import io.closedloop.forms.FormSubmission;
import io.closedloop.web.WebPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A manager of the case's team, or the head of customer experience, reviews an alarming case with the form of its page. */
@Controller
@WebPage
class AlarmReviewAction {

  private final ReadableCases cases;
  private final CasePermissions permissions;
  private final CaseForms caseForms;
  private final ReviewingAlarm reviewing;
  private final CaseActionAnswers answers;

  AlarmReviewAction(ReadableCases cases, CasePermissions permissions, CaseForms caseForms, ReviewingAlarm reviewing,
      CaseActionAnswers answers) {
    this.cases = cases;
    this.permissions = permissions;
    this.caseForms = caseForms;
    this.reviewing = reviewing;
    this.answers = answers;
  }

  @PostMapping("/cases/{id}/alarm-review")
  String reviewAlarm(@PathVariable UUID id, HttpServletRequest request, Authentication user, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    DetractorCase detractorCase = cases.readable(id, user);
    if (!permissions.canReviewAlarm(user, detractorCase)) {
      throw new AccessDeniedException("Only a manager of " + detractorCase.getTeam() + " or the head of customer experience reviews alarms");
    }
    CaseRequest sent = new CaseRequest(id, user, model, response, redirect);
    FormSubmission submission = FormSubmission.of(caseForms.of(detractorCase, CaseForms.ALARM_STEP, CasePage.ALARM_FORM),
        CasePage.parameters(request));
    if (!submission.isValid()) {
      return answers.formWithMistakes(sent, CasePage.ALARM_FORM, submission);
    }
    return answers.perform(sent, () -> reviewing.review(new CaseId(id), submission.text("alarmAction"), user.getName()),
        answers.inForm(CasePage.ALARM_FORM, submission), "cases.notice.alarm-reviewed");
  }
}
