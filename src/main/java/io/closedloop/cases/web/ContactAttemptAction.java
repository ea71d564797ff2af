package io.closedloop.cases.web;

import io.closedloop.cases.CaseId;
import io.closedloop.cases.Channel;
import io.closedloop.cases.LogContactAttempt;
import io.closedloop.cases.LoggingContactAttempt;
import io.closedloop.forms.FormSubmission;
import io.closedloop.web.WebPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The owner logs an attempt to reach the customer with the call-back form of the case page. */
@Controller
@WebPage
class ContactAttemptAction {

  private final ReadableCases cases;
  private final CaseForms caseForms;
  private final LoggingContactAttempt logging;
  private final CaseActionAnswers answers;

  ContactAttemptAction(ReadableCases cases, CaseForms caseForms, LoggingContactAttempt logging, CaseActionAnswers answers) {
    this.cases = cases;
    this.caseForms = caseForms;
    this.logging = logging;
    this.answers = answers;
  }

  @PostMapping("/cases/{id}/contact-attempts")
  String logAttempt(@PathVariable UUID id, HttpServletRequest request, Authentication user, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    CaseRequest sent = new CaseRequest(id, user, model, response, redirect);
    FormSubmission submission = FormSubmission.of(caseForms.of(cases.readable(id, user), CaseForms.CALL_BACK_STEP, CasePage.CALL_BACK_FORM),
        CasePage.parameters(request));
    if (!submission.isValid()) {
      return answers.formWithMistakes(sent, CasePage.CALL_BACK_FORM, submission);
    }
    return answers.perform(sent, () -> logging.log(new LogContactAttempt(new CaseId(id), Channel.valueOf(submission.text("channel")),
            submission.flag("reached"), submission.text("note"), user.getName())),
        answers.inForm(CasePage.CALL_BACK_FORM, submission),
        submission.flag("reached") ? "cases.notice.reached" : "cases.notice.attempt-logged");
  }
}
