package io.closedloop.settings.web;

import io.closedloop.settings.SettingsSections;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /settings} opens the first settings page. */
@SettingsPage
class SettingsHome {

  private final SettingsSections sections;

  SettingsHome(SettingsSections sections) {
    this.sections = sections;
  }

  @GetMapping("/settings")
  String home() {
    return "redirect:" + sections.first().path();
  }
}
