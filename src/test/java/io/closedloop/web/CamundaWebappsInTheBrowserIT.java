package io.closedloop.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.Browser;
import io.closedloop.support.Detractors;
import io.closedloop.support.IntegrationTest;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With the engine's authorizations on, the Camunda webapps still work for the roles they are for,
 * in a real browser behind our login: an agent's Tasklist lists their team's tasks under the
 * "All my tasks" filter, and a designer's Cockpit lists the processes.
 */
@IntegrationTest
class CamundaWebappsInTheBrowserIT {

  @LocalServerPort
  int port;

  @Test
  void an_agent_works_their_teams_tasks_in_tasklist() {
    Detractors.newCase(port, 4, null, "Tasklist Kunde");
    try (Browser browser = Browser.open(port)) {
      browser.logIn("alice");
      browser.go("/camunda/app/tasklist/default/");

      String page = patiently(browser.driver(), "Call back customer");

      assertThat(page).contains("All my tasks");
      browser.screenshot("tasklist-agent");
    }
  }

  @Test
  void a_designer_sees_the_processes_in_cockpit() {
    try (Browser browser = Browser.open(port)) {
      browser.logIn("dana");
      browser.go("/camunda/app/cockpit/default/#/processes");

      String page = patiently(browser.driver(), "Detractor case");

      assertThat(page).contains("Improvement cycle");
      browser.screenshot("cockpit-designer");
    }
  }

  /** Waits for the single-page app to show the text, and answers the page's text. */
  private static String patiently(WebDriver driver, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(40)).until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    return driver.findElement(By.tagName("body")).getText();
  }
}
