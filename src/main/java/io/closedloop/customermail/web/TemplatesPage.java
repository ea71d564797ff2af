package io.closedloop.customermail.web;

import io.closedloop.customermail.MailKind;
import io.closedloop.customermail.MailTemplate;
import io.closedloop.customermail.MailTemplates;
import io.closedloop.shared.InvalidInputException;
import io.closedloop.web.SettingsSection;
import io.closedloop.web.WebPage;
import java.security.Principal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's page of customer mail templates: each kind in Danish and English, for each service
 * preference and for everyone else, with the placeholders it may use. A template with an unknown
 * placeholder is refused, naming it.
 */
@Controller
@WebPage
@RequestMapping("/settings/mail-templates")
class TemplatesPage {

  static final String SECTION = "mail-templates";

  private final MailTemplates templates;

  TemplatesPage(MailTemplates templates) {
    this.templates = templates;
  }

  @GetMapping
  String templates(Model model) {
    model.addAttribute("section", "settings");
    model.addAttribute("templates", templates.all());
    model.addAttribute("kinds", MailKind.values());
    model.addAttribute("languages", MailTemplates.LANGUAGES);
    model.addAttribute("preferences", MailTemplates.PREFERENCES);
    return "customermail/templates";
  }

  @PostMapping
  String save(@RequestParam MailKind kind, @RequestParam String language, @RequestParam String servicePreference,
      @RequestParam(defaultValue = "") String subject, @RequestParam(defaultValue = "") String body, Principal admin,
      RedirectAttributes redirect) {
    try {
      templates.save(new MailTemplate(kind, language, servicePreference, subject, body), admin.getName());
      redirect.addFlashAttribute("notice", "customermail.templates.saved");
    } catch (InvalidInputException invalid) {
      redirect.addFlashAttribute("problems", invalid.errors());
    }
    redirect.addFlashAttribute("savedTemplate", kind + "-" + language + "-" + servicePreference);
    return "redirect:/settings/mail-templates#" + kind + "-" + language + "-" + servicePreference;
  }

  /** The page's place in the settings navigation. */
  @Configuration(proxyBeanMethods = false)
  static class Section {

    @Bean
    SettingsSection mailTemplatesSection() {
      return new SettingsSection(SECTION, "/settings/" + SECTION, "customermail.templates.title", 74);
    }
  }
}
