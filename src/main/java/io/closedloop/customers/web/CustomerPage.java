package io.closedloop.customers.web;

import io.closedloop.customers.EraseCustomer;
import io.closedloop.customers.ErasingCustomer;
import io.closedloop.shared.InvalidInputException;
import io.closedloop.web.WebPage;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The erase button on the customer card of a case page: erases the customer and returns to the case. */
@Controller
@WebPage
class CustomerPage {

  private final ErasingCustomer erasing;
  private final MessageSource messages;

  CustomerPage(ErasingCustomer erasing, MessageSource messages) {
    this.erasing = erasing;
    this.messages = messages;
  }

  @PostMapping("/customers/{externalId}/erasure")
  String erase(@PathVariable String externalId, @RequestParam(required = false) String reason, @RequestParam UUID caseId,
      Authentication user, RedirectAttributes redirect, Locale locale) {
    try {
      erasing.erase(new EraseCustomer(externalId, reason, user.getName()));
      redirect.addFlashAttribute("notice", messages.getMessage("customers.erased", null, locale));
    } catch (InvalidInputException invalid) {
      redirect.addFlashAttribute("error", messages.getMessage("customers.not-erased",
          new Object[] {invalid.errors().get(0).field(), invalid.errors().get(0).message()}, locale));
    }
    return "redirect:/cases/" + caseId;
  }
}
