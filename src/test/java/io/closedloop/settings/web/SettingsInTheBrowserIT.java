package io.closedloop.settings.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.settings.KpiTargets;
import io.closedloop.support.Browser;
import io.closedloop.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An admin changing settings in real headless Chromium: the answer to a form stands beside that form. */
@IntegrationTest
class SettingsInTheBrowserIT {

  @LocalServerPort
  int port;

  @Autowired
  KpiTargets targets;

  @Test
  void a_saved_value_shows_its_message_beside_its_form_in_view() {
    KpiTargets.Targets before = targets.current();
    try (Browser browser = Browser.open(port)) {
      browser.logIn("admin");
      browser.go("/settings/targets");
      WebElement hours = browser.driver().findElement(By.id("ttfc"));
      hours.clear();
      hours.sendKeys("36");
      browser.driver().findElement(By.cssSelector("#targets button[type=submit]")).click();

      WebElement saved = browser.waitUntil(d -> d.findElement(By.cssSelector("#targets #targets-feedback")));
      assertThat(saved.getText()).isEqualTo("KPI targets saved.");
      assertThat(saved.getAttribute("role")).isEqualTo("status");
      assertThat(browser.driver().getCurrentUrl()).endsWith("/settings/targets#targets");
      assertThat(inView(browser, saved)).as("the message is on screen, not scrolled away").isTrue();
      assertThat(browser.driver().findElement(By.id("ttfc")).getAttribute("value")).isEqualTo("36");
      browser.screenshot("settings-targets-saved");
      assertThat(targets.current().timeToFirstContactHours()).isEqualTo(36);
    } finally {
      targets.save(before, "test");
    }
  }

  @Test
  void a_rejected_value_stays_in_its_field_with_its_error_beside_it_in_danish() {
    KpiTargets.Targets before = targets.current();
    try (Browser browser = Browser.open(port, "da")) {
      browser.logIn("admin");
      browser.go("/settings/targets");
      WebElement share = browser.driver().findElement(By.id("within-sla"));
      share.clear();
      share.sendKeys("120");
      browser.driver().findElement(By.cssSelector("#targets button[type=submit]")).click();

      WebElement error = browser.waitUntil(d -> d.findElement(By.id("within-sla-error")));
      WebElement field = browser.driver().findElement(By.id("within-sla"));
      assertThat(field.getAttribute("value")).isEqualTo("120");
      assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(field.getAttribute("aria-describedby")).isEqualTo("within-sla-error");
      assertThat(error.getText()).isEqualTo("Ikke gemt: angiv andelen kontaktet inden for SLA som et helt tal fra 0 til 100.");
      assertThat(error.findElement(By.xpath("..")).getAttribute("class")).contains("field", "has-error");
      assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).as("the field at fault has the focus").isEqualTo("within-sla");
      assertThat(browser.driver().findElements(By.id("targets-feedback"))).as("no message claims it was saved").isEmpty();
      browser.screenshot("settings-targets-rejected-da");
      assertThat(targets.current()).isEqualTo(before);
    } finally {
      targets.save(before, "test");
    }
  }

  private static boolean inView(Browser browser, WebElement element) {
    Object inside = ((JavascriptExecutor) browser.driver()).executeScript(
        "var box = arguments[0].getBoundingClientRect(); return box.top >= 0 && box.bottom <= window.innerHeight;", element);
    return Boolean.TRUE.equals(inside);
  }
}
