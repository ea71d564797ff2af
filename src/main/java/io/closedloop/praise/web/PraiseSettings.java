package io.closedloop.praise.web;

import io.closedloop.identity.Directory;
import io.closedloop.praise.PraiseRecipients;
import io.closedloop.reference.ReferenceData;
import io.closedloop.reference.ReferenceKind;
import io.closedloop.settings.web.SettingsForms;
import io.closedloop.settings.web.SettingsForms.SettingsForm;
import io.closedloop.settings.web.SettingsPage;
import io.closedloop.web.SettingsSection;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Which user each employee code of the responses is, so that a promoter's praise reaches them (admins only). */
@SettingsPage
class PraiseSettings {

  static final String SECTION = "praise";
  static final String PAGE = "/settings/" + SECTION;

  private final PraiseRecipients recipients;
  private final ReferenceData referenceData;
  private final Directory directory;
  private final SettingsForms forms;

  PraiseSettings(PraiseRecipients recipients, ReferenceData referenceData, Directory directory, SettingsForms forms) {
    this.recipients = recipients;
    this.referenceData = referenceData;
    this.directory = directory;
    this.forms = forms;
  }

  @GetMapping(PAGE)
  String page(Model model) {
    model.addAttribute("recipients", recipients.all());
    model.addAttribute("employees", referenceData.labels(ReferenceKind.EMPLOYEE));
    model.addAttribute("users", directory.users());
    return "praise/settings";
  }

  @PostMapping(PAGE)
  String assign(@RequestParam(defaultValue = "") String employeeCode, @RequestParam(defaultValue = "") String userId, Principal user,
      HttpServletRequest request, RedirectAttributes redirect) {
    return forms.submit(SettingsForm.of(PAGE, "praise-recipient", "praise.settings.saved", employeeCode, userId), request, redirect,
        () -> recipients.assign(employeeCode, userId, user.getName()));
  }

  @PostMapping(PAGE + "/remove")
  String remove(@RequestParam(defaultValue = "") String employeeCode, Principal user, HttpServletRequest request,
      RedirectAttributes redirect) {
    return forms.submit(SettingsForm.of(PAGE, "praise-recipients", "praise.settings.removed", employeeCode), request, redirect,
        () -> recipients.remove(employeeCode, user.getName()));
  }

  /** The page's place in the settings navigation. */
  @Configuration(proxyBeanMethods = false)
  static class Section {

    @Bean
    SettingsSection praiseSection() {
      return new SettingsSection(SECTION, PAGE, "praise.settings.title", 35);
    }
  }
}
