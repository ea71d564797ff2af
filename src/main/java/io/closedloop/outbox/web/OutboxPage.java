package io.closedloop.outbox.web;

import io.closedloop.outbox.Channel;
import io.closedloop.outbox.MessageStatus;
import io.closedloop.outbox.OutboxQueries;
import io.closedloop.outbox.ResendingMessage;
import io.closedloop.shared.ConflictException;
import io.closedloop.shared.NotFoundException;
import io.closedloop.web.SettingsSection;
import io.closedloop.web.WebPage;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's view of the mail outbox: every mail ClosedLoop queued, sent, kept (no SMTP server
 * configured: the default run sends nothing, and the mails are read here) or failed, with its
 * text and attempts; a sent or failed mail can be sent again under the same Message-ID.
 */
@Controller
@WebPage
@RequestMapping("/settings/outbox")
class OutboxPage {

  static final String SECTION = "outbox";
  private static final int PAGE_SIZE = 50;

  private final OutboxQueries queries;
  private final ResendingMessage resending;

  OutboxPage(OutboxQueries queries, ResendingMessage resending) {
    this.queries = queries;
    this.resending = resending;
  }

  @GetMapping
  String messages(@RequestParam(required = false) MessageStatus status, @RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("section", "settings");
    model.addAttribute("mailIsSent", queries.mailIsSent());
    model.addAttribute("status", status);
    model.addAttribute("statuses", MessageStatus.values());
    model.addAttribute("messages", queries.messages(Channel.MAIL, status, null, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
    return "outbox/outbox";
  }

  @GetMapping("/{id}")
  String message(@PathVariable UUID id, Model model) {
    model.addAttribute("section", "settings");
    model.addAttribute("message", queries.message(id).filter(found -> found.channel() == Channel.MAIL)
        .orElseThrow(() -> new NotFoundException("No mail " + id)));
    model.addAttribute("attempts", queries.attempts(id));
    return "outbox/message";
  }

  @PostMapping("/{id}/resend")
  String resend(@PathVariable UUID id, RedirectAttributes redirect) {
    try {
      resending.resend(id);
      redirect.addFlashAttribute("notice", "outbox.resent");
    } catch (ConflictException refused) {
      redirect.addFlashAttribute("refusal", refused.getMessage());
    }
    return "redirect:/settings/outbox/" + id;
  }

  /** The page's place in the settings navigation. */
  @Configuration(proxyBeanMethods = false)
  static class Section {

    @Bean
    SettingsSection outboxSection() {
      return new SettingsSection(SECTION, "/settings/" + SECTION, "outbox.title", 76);
    }
  }
}
