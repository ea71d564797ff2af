package io.closedloop.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.Browser;
import io.closedloop.support.Detractors;
import io.closedloop.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A Danish browser gets ClosedLoop in Danish, and a person can choose otherwise for themselves. */
@IntegrationTest
class DanishInTheBrowserIT {

  @LocalServerPort
  int port;

  @Autowired
  PersonalPreferences preferences;

  @Test
  void a_danish_browser_shows_the_login_the_inbox_and_a_case_in_danish() {
    String caseId = Detractors.newCase(port, 3, "Ingen ringede tilbage", "Dansk Kunde");

    try (Browser browser = Browser.open(port, "da")) {
      browser.go("/login");
      assertThat(browser.driver().findElement(By.cssSelector("form button[type=submit]")).getText()).isEqualTo("Log ind");
      browser.logIn("bob");

      assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("da");
      assertThat(browser.driver().findElement(By.cssSelector("nav.mainnav")).getText()).contains("Indbakke", "Idéer");
      browser.go("/cases/" + caseId);
      assertThat(browser.driver().findElement(By.id("main")).getText()).contains("Åben", "frist om", "kl.");
      browser.screenshot("danish-case");
    }
  }

  @Test
  void a_person_with_a_danish_browser_chooses_english_and_a_time_zone_and_keeps_them() {
    try (Browser browser = Browser.open(port, "da")) {
      browser.logIn("alice");
      browser.go("/preferences");
      new Select(browser.driver().findElement(By.id("language"))).selectByValue("en");
      new Select(browser.driver().findElement(By.id("zone"))).selectByValue("Europe/London");
      browser.driver().findElement(By.cssSelector("#main form button[type=submit]")).click();

      browser.waitUntil(d -> d.getCurrentUrl().endsWith("/preferences?saved"));
      assertThat(browser.driver().findElement(By.cssSelector("[role=status]")).getText())
          .isEqualTo("Saved. Pages now show English and times in Europe/London.");
      assertThat(browser.driver().findElement(By.cssSelector("nav.mainnav")).getText()).contains("Inbox");
    } finally {
      preferences.save("alice", new PersonalPreferences.Preference(null, null));
    }
  }
}
