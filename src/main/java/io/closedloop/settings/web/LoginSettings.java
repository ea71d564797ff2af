package io.closedloop.settings.web;

import static io.closedloop.settings.web.SettingsForms.SettingsForm;

import io.closedloop.identity.LoginThrottle;
import io.closedloop.settings.SettingsChanges;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Failed logins this instance remembers, and lifting a throttle at once. */
@SettingsPage
class LoginSettings {

  static final String PAGE = "/settings/logins";

  private final LoginThrottle loginThrottle;
  private final SettingsChanges changes;
  private final SettingsForms forms;

  LoginSettings(LoginThrottle loginThrottle, SettingsChanges changes, SettingsForms forms) {
    this.loginThrottle = loginThrottle;
    this.changes = changes;
    this.forms = forms;
  }

  @GetMapping(PAGE)
  String page(Model model) {
    model.addAttribute("loginThrottles", loginThrottle.current());
    return "settings/logins";
  }

  @PostMapping("/settings/login-throttles/lift")
  String lift(@RequestParam(defaultValue = "") String user, @RequestParam String address, Principal admin, HttpServletRequest request,
      RedirectAttributes redirect) {
    String key = user.isBlank() ? "settings.logins.lifted-every-user" : "settings.logins.lifted";
    SettingsForm form = SettingsForm.of(PAGE, "throttles", key, user, address).refusedAs(key + ".gone");
    return forms.submit(form, request, redirect, () -> changes.liftLoginThrottle(user, address, admin.getName()));
  }
}
