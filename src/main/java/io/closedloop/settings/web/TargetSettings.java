package io.closedloop.settings.web;

import static io.closedloop.settings.web.SettingsForms.SettingsForm;

import io.closedloop.settings.KpiTargets;
import io.closedloop.settings.SettingsChanges;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The KPI targets leadership is measured against. */
@SettingsPage
class TargetSettings {

  static final String PAGE = "/settings/targets";

  private final KpiTargets targets;
  private final SettingsChanges changes;
  private final SettingsForms forms;

  TargetSettings(KpiTargets targets, SettingsChanges changes, SettingsForms forms) {
    this.targets = targets;
    this.changes = changes;
    this.forms = forms;
  }

  @GetMapping(PAGE)
  String page(Model model) {
    model.addAttribute("targets", targets.current());
    return "settings/targets";
  }

  @PostMapping("/settings/kpi-targets")
  String save(@RequestParam(required = false) String timeToFirstContactHours, @RequestParam(required = false) String contactedWithinSlaPercent,
      Principal user, HttpServletRequest request, RedirectAttributes redirect) {
    return forms.submit(SettingsForm.of(PAGE, "targets", "settings.targets.saved"), request, redirect, () -> changes.saveKpiTargets(
        new KpiTargets.Targets(Inputs.number("timeToFirstContactHours", timeToFirstContactHours),
            Inputs.number("contactedWithinSlaPercent", contactedWithinSlaPercent)), user.getName()));
  }
}
