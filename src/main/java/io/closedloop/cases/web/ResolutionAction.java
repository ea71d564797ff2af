package io.closedloop.cases.web;

import io.closedloop.cases.CaseId;
import io.closedloop.cases.CloseTheLoopChannel;
import io.closedloop.cases.DetractorCase;
import io.closedloop.cases.Outcome;
import io.closedloop.cases.ResolveCase;
import io.closedloop.cases.ResolvingCase;
import io.closedloop.forms.FormSubmission;
import io.closedloop.ideas.Horizon;
import io.closedloop.ideas.ProposeIdea;
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

/** The owner resolves the case with the resolution form of its page, maybe proposing or joining an improvement idea. */
@Controller
@WebPage
class ResolutionAction {

  private final ReadableCases cases;
  private final ResolveForms resolveForms;
  private final ResolvingCase resolving;
  private final CaseActionAnswers answers;

  ResolutionAction(ReadableCases cases, ResolveForms resolveForms, ResolvingCase resolving, CaseActionAnswers answers) {
    this.cases = cases;
    this.resolveForms = resolveForms;
    this.resolving = resolving;
    this.answers = answers;
  }

  @PostMapping("/cases/{id}/resolution")
  String resolve(@PathVariable UUID id, HttpServletRequest request, Authentication user, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    CaseRequest sent = new CaseRequest(id, user, model, response, redirect);
    DetractorCase detractorCase = cases.readable(id, user);
    FormSubmission submission = FormSubmission.of(resolveForms.of(detractorCase, user.getName(), resolveForms.recipientOf(detractorCase)),
        CasePage.parameters(request));
    if (!submission.isValid()) {
      return answers.formWithMistakes(sent, CasePage.RESOLVE_FORM, submission);
    }
    return answers.perform(sent, () -> resolving.resolve(new ResolveCase(new CaseId(id), submission.text("rootCause"),
            Outcome.valueOf(submission.text("outcome")), submission.text("notes"), submission.text("closeTheLoopMessage"),
            channel(submission), idea(submission, user), user.getName())),
        answers.inForm(CasePage.RESOLVE_FORM, submission), "cases.notice.resolved");
  }

  private static ProposeIdea idea(FormSubmission submission, Authentication user) {
    String join = submission.text(CasePage.JOIN_IDEA);
    String title = submission.text("ideaTitle");
    if (join == null && title == null) {
      return null;
    }
    String horizon = submission.text("ideaHorizon");
    return ProposeIdea.withResolution(join == null ? null : UUID.fromString(join), title, submission.text("ideaDescription"),
        horizon == null ? null : Horizon.valueOf(horizon), user.getName());
  }

  private static CloseTheLoopChannel channel(FormSubmission submission) {
    String chosen = submission.text("closeTheLoopChannel");
    return chosen == null ? CloseTheLoopChannel.NONE : CloseTheLoopChannel.valueOf(chosen);
  }
}
