package io.closedloop.cases.web;

import io.closedloop.cases.AssigningCase;
import io.closedloop.cases.AssigningCase.AssignCase;
import io.closedloop.cases.CaseId;
import io.closedloop.cases.ClaimingCase;
import io.closedloop.web.WebPage;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Who owns a case, from its page: an agent of its team claims it, a manager assigns it. */
@Controller
@WebPage
class CaseOwnershipActions {

  private final ReadableCases cases;
  private final CasePermissions permissions;
  private final ClaimingCase claiming;
  private final AssigningCase assigning;
  private final CaseActionAnswers answers;

  CaseOwnershipActions(ReadableCases cases, CasePermissions permissions, ClaimingCase claiming, AssigningCase assigning,
      CaseActionAnswers answers) {
    this.cases = cases;
    this.permissions = permissions;
    this.claiming = claiming;
    this.assigning = assigning;
    this.answers = answers;
  }

  @PostMapping("/cases/{id}/claim")
  String claim(@PathVariable UUID id, Authentication user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
    cases.readable(id, user);
    return answers.perform(new CaseRequest(id, user, model, response, redirect), () -> claiming.claim(new CaseId(id), user.getName()),
        answers.noneExpected(), "cases.notice.claimed");
  }

  @PostMapping("/cases/{id}/assignment")
  String assign(@PathVariable UUID id, @RequestParam(required = false) String owner, @RequestParam(required = false) String reason,
      Authentication user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
    permissions.ensureCanAssign(user, cases.readable(id, user));
    return answers.perform(new CaseRequest(id, user, model, response, redirect),
        () -> assigning.assign(new AssignCase(new CaseId(id), owner, reason, user.getName())),
        answers.inErrorLine("cases.error.not-assigned"), "cases.notice.assigned", owner);
  }
}
