package io.closedloop.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page and the start page a user lands on after logging in; the wall screen's kiosk lands on the wall. */
@Controller
class StartPageController {

  @GetMapping("/login")
  String login() {
    return "login";
  }

  @GetMapping("/")
  String start(Authentication user) {
    boolean kiosk = user.getAuthorities().stream().anyMatch(authority -> "ROLE_KIOSK".equals(authority.getAuthority()));
    return kiosk ? "redirect:/wall" : "start";
  }
}
