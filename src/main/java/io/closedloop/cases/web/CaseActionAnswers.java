package io.closedloop.cases.web;

import io.closedloop.forms.FormSubmission;
import io.closedloop.shared.ConflictException;
import io.closedloop.shared.FieldError;
import io.closedloop.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The one way the case page answers an action sent from it: when done, back to the case with a notice; when the case
 * refuses it, the page again with the reason (409); when it was sent with mistakes, the page again with them (422), in
 * the form that was sent or in the page's error line. Reloading the address then shows the case.
 */
@Component
class CaseActionAnswers {

  private static final Map<String, String> IDEA_FIELDS = Map.of("idea.title", "ideaTitle", "idea.description", "ideaDescription",
      "idea.horizon", "ideaHorizon", "idea.id", CasePage.JOIN_IDEA);

  private final CaseView view;
  private final PageTexts texts;

  CaseActionAnswers(CaseView view, PageTexts texts) {
    this.view = view;
    this.texts = texts;
  }

  /** Where the mistakes of an action's input are shown. */
  interface Mistakes {
    String show(CaseRequest request, InvalidInputException invalid);
  }

  /** The mistakes go back into the form {@code formId} as it was sent. */
  Mistakes inForm(String formId, FormSubmission submission) {
    return (request, invalid) -> formWithMistakes(request, formId, withErrors(submission, invalid));
  }

  /** The mistakes go into the page's error line, under the message {@code key}. */
  Mistakes inErrorLine(String key) {
    return (request, invalid) -> {
      request.response().setStatus(422);
      request.model().addAttribute("error", texts.text(key, invalid.getMessage()));
      return page(request);
    };
  }

  /** An action whose input has no mistakes to show on the page: any would answer as an error of its own. */
  Mistakes noneExpected() {
    return (request, invalid) -> {
      throw invalid;
    };
  }

  /** The form {@code formId} came back with mistakes before any action ran. */
  String formWithMistakes(CaseRequest request, String formId, FormSubmission submission) {
    request.response().setStatus(422);
    return view.page(request.caseId(), request.user(), request.model(), formId, submission);
  }

  /** Runs {@code action} and answers: the case with the notice {@code noticeKey}, or the page with the refusal or the mistakes. */
  String perform(CaseRequest request, Runnable action, Mistakes mistakes, String noticeKey, Object... noticeArguments) {
    try {
      action.run();
    } catch (ConflictException refused) {
      request.response().setStatus(HttpServletResponse.SC_CONFLICT);
      request.model().addAttribute("error", texts.text("cases.error.refused", refused.getMessage()));
      return page(request);
    } catch (InvalidInputException invalid) {
      return mistakes.show(request, invalid);
    }
    request.redirect().addFlashAttribute("notice", texts.text(noticeKey, noticeArguments));
    return "redirect:/cases/" + request.caseId();
  }

  private String page(CaseRequest request) {
    return view.page(request.caseId(), request.user(), request.model(), null, null);
  }

  private static FormSubmission withErrors(FormSubmission submission, InvalidInputException invalid) {
    List<FieldError> errors = invalid.errors().stream()
        .map(error -> new FieldError(IDEA_FIELDS.getOrDefault(error.field(), error.field()), error.message())).toList();
    return new FormSubmission(submission.values(), submission.submitted(), errors);
  }
}
