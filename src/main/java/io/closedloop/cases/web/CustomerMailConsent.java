package io.closedloop.cases.web;

import io.closedloop.cases.CaseId;
import io.closedloop.cases.CaseQueries;
import io.closedloop.cases.ChangingMailConsent;
import io.closedloop.cases.DetractorCase;
import io.closedloop.shared.InvalidInputException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Whether a case's customer may be mailed, as an agent records it: on the case page's customer
 * card, and as {@code PUT /api/cases/{id}/customer-mail {optedOut}}. Those who work the team's
 * cases (agents, managers) and admins change it; readers of cases do not.
 */
@Controller
class CustomerMailConsent {

  private final CaseQueries queries;
  private final CasePermissions permissions;
  private final ChangingMailConsent changing;
  private final MessageSource messages;

  CustomerMailConsent(CaseQueries queries, CasePermissions permissions, ChangingMailConsent changing, MessageSource messages) {
    this.queries = queries;
    this.permissions = permissions;
    this.changing = changing;
    this.messages = messages;
  }

  @PostMapping("/cases/{id}/customer-mail")
  String fromPage(@PathVariable UUID id, @RequestParam boolean optedOut, Authentication user, RedirectAttributes redirect) {
    change(id, optedOut, user);
    Locale locale = LocaleContextHolder.getLocale();
    redirect.addFlashAttribute("notice", messages.getMessage(optedOut ? "cases.notice.mail-opted-out" : "cases.notice.mail-allowed",
        null, locale));
    return "redirect:/cases/" + id;
  }

  @PutMapping("/api/cases/{id}/customer-mail")
  @ResponseBody
  Map<String, Object> fromApi(@PathVariable UUID id, @RequestBody MailConsentBody body, Authentication user) {
    if (body == null || body.optedOut() == null) {
      throw new InvalidInputException("optedOut", "is required: true or false");
    }
    change(id, body.optedOut(), user);
    return Map.of("caseId", id, "optedOut", body.optedOut());
  }

  private void change(UUID id, boolean optedOut, Authentication user) {
    DetractorCase detractorCase = queries.get(new CaseId(id)).detractorCase();
    permissions.ensureCanRead(user, detractorCase);
    if (!permissions.canChangeMailConsent(user)) {
      throw new AccessDeniedException("Only those who work cases record a customer's wish about mail");
    }
    changing.change(new CaseId(id), optedOut, user.getName());
  }

  /** Whether the customer opted out of mail. */
  record MailConsentBody(Boolean optedOut) {}
}
