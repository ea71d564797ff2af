package io.closedloop.settings.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every settings page shows: the main navigation's settings entry as the current one, and no form outcome unless one was flashed. */
@ControllerAdvice(annotations = SettingsPage.class)
class SettingsPageModel {

  @ModelAttribute("section")
  String section() {
    return "settings";
  }

  /** Not called when the redirect after a submitted form brings its outcome along. */
  @ModelAttribute("outcome")
  FormOutcome outcome() {
    return FormOutcome.NONE;
  }
}
