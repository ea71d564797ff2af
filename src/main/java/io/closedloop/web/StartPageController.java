package io.closedloop.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page and the start page a user lands on after logging in. */
@Controller
class StartPageController {

  @GetMapping("/login")
  String login() {
    return "login";
  }

  @GetMapping("/")
  String start() {
    return "start";
  }
}
