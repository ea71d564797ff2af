package io.closedloop.settings.web;

import static io.closedloop.settings.web.SettingsForms.SettingsForm;

import io.closedloop.intake.ReferenceData;
import io.closedloop.intake.ReferenceKind;
import io.closedloop.settings.CodeLabels;
import io.closedloop.settings.SettingsChanges;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The codes responses arrive with (touchpoints, teams, employees, products, countries, segments) and their English and Danish labels. */
@SettingsPage
class ReferenceDataSettings {

  static final String PAGE = "/settings/reference-data";

  private final ReferenceData referenceData;
  private final SettingsChanges changes;
  private final SettingsForms forms;

  ReferenceDataSettings(ReferenceData referenceData, SettingsChanges changes, SettingsForms forms) {
    this.referenceData = referenceData;
    this.changes = changes;
    this.forms = forms;
  }

  @GetMapping(PAGE)
  String page(Model model) {
    Map<ReferenceKind, List<ReferenceData.Code>> byKind = new LinkedHashMap<>();
    for (ReferenceKind kind : ReferenceKind.values()) {
      byKind.put(kind, new ArrayList<>());
    }
    referenceData.all().forEach(code -> byKind.get(code.kind()).add(code));
    model.addAttribute("codesByKind", byKind);
    return "settings/reference-data";
  }

  @PostMapping("/settings/reference-codes")
  String rename(@RequestParam ReferenceKind kind, @RequestParam String code, @RequestParam(required = false) String label,
      @RequestParam(required = false) String labelDa, Principal user, HttpServletRequest request, RedirectAttributes redirect) {
    SettingsForm form = SettingsForm.of(PAGE, formId(kind, code), "settings.reference-data.saved", code)
        .refusedAs("settings.reference-data.gone");
    return forms.submit(form, request, redirect, () -> changes.renameReferenceCode(kind, code, new CodeLabels(label, labelDa), user.getName()));
  }

  /** The id of a code's form in the page. */
  static String formId(ReferenceKind kind, String code) {
    return "code-" + kind + "-" + code;
  }
}
