package io.closedloop.settings.web;

import static io.closedloop.settings.web.SettingsForms.SettingsForm;

import io.closedloop.reference.RootCauses;
import io.closedloop.settings.CodeLabels;
import io.closedloop.settings.SettingsChanges;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The two-level root-cause taxonomy agents resolve cases with: English and Danish labels, and new causes. */
@SettingsPage
class RootCauseSettings {

  static final String PAGE = "/settings/root-causes";

  private final RootCauses rootCauses;
  private final SettingsChanges changes;
  private final SettingsForms forms;

  RootCauseSettings(RootCauses rootCauses, SettingsChanges changes, SettingsForms forms) {
    this.rootCauses = rootCauses;
    this.changes = changes;
    this.forms = forms;
  }

  @GetMapping(PAGE)
  String page(Model model) {
    model.addAttribute("taxonomy", rootCauses.taxonomy());
    model.addAttribute("danish", rootCauses.danishLabels());
    return "settings/root-causes";
  }

  @PostMapping(PAGE)
  String add(@RequestParam(defaultValue = "") String parent, @RequestParam(defaultValue = "") String code,
      @RequestParam(required = false) String label, @RequestParam(required = false) String labelDa, Principal user,
      HttpServletRequest request, RedirectAttributes redirect) {
    SettingsForm form = SettingsForm.of(PAGE, "new-root-cause", "settings.root-causes.added", parent + "." + code.strip())
        .refusedAs("settings.root-causes.taken");
    return forms.submit(form, request, redirect, () -> changes.addRootCause(parent, code, new CodeLabels(label, labelDa), user.getName()));
  }

  @PostMapping("/settings/root-causes/rename")
  String rename(@RequestParam String code, @RequestParam(required = false) String label, @RequestParam(required = false) String labelDa,
      Principal user, HttpServletRequest request, RedirectAttributes redirect) {
    SettingsForm form = SettingsForm.of(PAGE, "cause-" + code, "settings.root-causes.saved", code).refusedAs("settings.root-causes.gone");
    return forms.submit(form, request, redirect, () -> changes.renameRootCause(code, new CodeLabels(label, labelDa), user.getName()));
  }
}
