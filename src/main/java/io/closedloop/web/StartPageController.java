package io.closedloop.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page and the start page: the wall screen's kiosk lands on the wall, agents in their
 * inbox, managers on their team; everyone else on the tiles.
 */
@Controller
class StartPageController {

  @GetMapping("/login")
  String login() {
    return "login";
  }

  @GetMapping("/")
  String start(Authentication user) {
    if (has(user, "ROLE_KIOSK")) {
      return "redirect:/wall";
    }
    if (has(user, "ROLE_MANAGER")) {
      return "redirect:/team";
    }
    if (has(user, "ROLE_AGENT")) {
      return "redirect:/inbox";
    }
    return "start";
  }

  private static boolean has(Authentication user, String authority) {
    return user != null && user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
  }
}
