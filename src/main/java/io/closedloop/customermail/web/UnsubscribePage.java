package io.closedloop.customermail.web;

import io.closedloop.customermail.LinkRefused;
import io.closedloop.customermail.OptingOut;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The unsubscribe link every customer mail carries, without a login: opening it asks to confirm
 * (so that a mail scanner following links opts nobody out); confirming, or a mail client's
 * one-click {@code POST} (RFC 8058), opts the customer out of all further mail.
 */
@Controller
class UnsubscribePage {

  private final OptingOut optingOut;

  UnsubscribePage(OptingOut optingOut) {
    this.optingOut = optingOut;
  }

  @GetMapping("/u/{token}")
  String confirm(@PathVariable String token, Model model) {
    optingOut.customerOfLink(token);
    model.addAttribute("token", token);
    return "customermail/unsubscribe";
  }

  @PostMapping("/u/{token}")
  String unsubscribe(@PathVariable String token, Model model) {
    optingOut.optOutByLink(token);
    model.addAttribute("done", true);
    return "customermail/unsubscribe";
  }

  @ExceptionHandler(LinkRefused.class)
  String refused(LinkRefused refused, Model model, HttpServletResponse response) {
    response.setStatus(refused.reason() == LinkRefused.Reason.EXPIRED ? HttpStatus.GONE.value() : HttpStatus.NOT_FOUND.value());
    model.addAttribute("refused", refused.reason().name());
    return "customermail/unsubscribe";
  }
}
