package io.closedloop.settings.web;

import static io.closedloop.settings.web.SettingsForms.SettingsForm;

import io.closedloop.cases.AlarmRule;
import io.closedloop.settings.SettingsChanges;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The words and phrases that make a detractor's comment alarming. */
@SettingsPage
class AlarmWordSettings {

  static final String PAGE = "/settings/alarm-words";

  private final AlarmRule alarmRule;
  private final SettingsChanges changes;
  private final SettingsForms forms;

  AlarmWordSettings(AlarmRule alarmRule, SettingsChanges changes, SettingsForms forms) {
    this.alarmRule = alarmRule;
    this.changes = changes;
    this.forms = forms;
  }

  @GetMapping(PAGE)
  String page(Model model) {
    model.addAttribute("alarmWords", String.join("\n", alarmRule.words()));
    return "settings/alarm-words";
  }

  @PostMapping(PAGE)
  String save(@RequestParam(defaultValue = "") String words, Principal user, HttpServletRequest request, RedirectAttributes redirect) {
    return forms.submit(SettingsForm.of(PAGE, "alarm-words", "settings.alarm-words.saved"), request, redirect,
        () -> changes.saveAlarmWords(words, user.getName()));
  }
}
