package io.closedloop.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page and the start page, which sends each role where its work is: the wall screen's
 * kiosk to the wall, managers to their team, agents to their inbox, leadership to the dashboard,
 * designers to the processes and admins to the settings; anyone else sees the tiles they may open.
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
    if (has(user, "ROLE_LEADERSHIP")) {
      return "redirect:/dashboard";
    }
    if (has(user, "ROLE_DESIGNER")) {
      return "redirect:/processes";
    }
    if (has(user, "ROLE_ADMIN")) {
      return "redirect:/settings";
    }
    return "start";
  }

  private static boolean has(Authentication user, String authority) {
    return user != null && user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
  }
}
