package io.closedloop.praise.web;

import io.closedloop.metrics.Period;
import io.closedloop.praise.OwnLoyalty;
import io.closedloop.praise.ReceivedPraise;
import io.closedloop.web.WebPage;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Each staff member's own page: the praise promoters sent them, and their customers' loyalty over the last
 * 90 days (as employee, as account owner, and the recovery of the cases they own), with the latest of each.
 */
@Controller
@WebPage
class OwnPage {

  static final int DAYS = 90;
  private static final int PRAISE_LISTED = 20;

  private final ReceivedPraise praise;
  private final OwnLoyalty loyalty;
  private final Clock clock;

  OwnPage(ReceivedPraise praise, OwnLoyalty loyalty, Clock clock) {
    this.praise = praise;
    this.loyalty = loyalty;
    this.clock = clock;
  }

  @GetMapping("/me")
  String page(Principal user, Model model) {
    Period period = Period.lastDays(DAYS, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    model.addAttribute("section", "me");
    model.addAttribute("me", user.getName());
    model.addAttribute("days", DAYS);
    model.addAttribute("praise", praise.of(user.getName(), PRAISE_LISTED));
    model.addAttribute("praiseCount", praise.countSince(user.getName(), clock.instant().minus(Duration.ofDays(DAYS))));
    model.addAttribute("loyalty", loyalty.of(user.getName(), period));
    return "praise/me";
  }
}
