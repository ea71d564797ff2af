package io.closedloop.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.Api;
import io.closedloop.support.Browser;
import io.closedloop.support.Detractors;
import io.closedloop.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The inbox and the case page in real headless Chromium: on a phone, in Danish, with htmx, and after a form came back. */
@IntegrationTest
class CaseWorkInTheBrowserIT {

  static final int PHONE_WIDTH = 390;

  @LocalServerPort
  int port;

  @Test
  void on_a_phone_the_inbox_does_not_scroll_sideways_and_shows_each_cases_deadline() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String mine = Detractors.newCase(port, 3, "Nobody ever called me back about the broken invoice", "Telefon Kunde Med Et Langt Navn " + tag);
    Api.as("alice", port).postForEntity("/api/cases/{id}/claim", null, Map.class, mine);
    String queued = Detractors.newCase(port, 5, null, "Kø Kunde " + tag);

    try (Browser browser = Browser.open(port)) {
      browser.logIn("alice");
      asPhone(browser);
      browser.go("/inbox?q=" + tag);
      browser.waitUntil(d -> !d.findElements(By.id("case-" + queued)).isEmpty());
      browser.screenshot("inbox-phone");

      assertThat(scrollWidth(browser)).as("the page's width on a %d px phone", PHONE_WIDTH).isLessThanOrEqualTo(PHONE_WIDTH);
      for (String caseId : List.of(mine, queued)) {
        WebElement deadline = browser.driver().findElement(By.cssSelector("#case-" + caseId + " .deadline .sla"));
        assertThat(deadline.isDisplayed()).as("the deadline of %s is shown", caseId).isTrue();
        assertThat(deadline.getText()).startsWith("due in");
        assertThat(rightEdge(browser, deadline)).as("the deadline is within the screen").isLessThanOrEqualTo(PHONE_WIDTH);
      }
    }
  }

  @Test
  void the_inbox_and_the_case_page_load_without_htmx_syntax_errors() {
    String caseId = Detractors.newCase(port, 4, null, "Htmx Kunde " + UUID.randomUUID().toString().substring(0, 8));
    Api.as("alice", port).postForEntity("/api/cases/{id}/claim", null, Map.class, caseId);
    Api.as("alice", port).postForEntity("/api/cases/{id}/contact-attempts", Map.of("channel", "PHONE", "reached", true), Map.class, caseId);

    try (Browser browser = Browser.open(port)) {
      browser.logIn("alice");
      browser.go("/inbox");
      waitForHtmx(browser);
      List<String> inbox = console(browser);
      new Select(browser.driver().findElement(By.id("status"))).selectByValue("RESOLVED");
      browser.waitUntil(d -> d.getCurrentUrl().contains("status=RESOLVED"));
      assertThat(browser.driver().findElement(By.id("found-heading")).isDisplayed()).as("the filter's change reloaded the lists").isTrue();
      browser.go("/cases/" + caseId);
      waitForHtmx(browser);
      List<String> casePage = console(browser);

      assertThat(browser.driver().findElements(By.id("offered-ideas"))).as("the page with the resolve form's htmx parts").hasSize(1);
      assertThat(inbox).noneMatch(message -> message.contains("htmx:syntax:error")).noneMatch(message -> message.contains("Content Security Policy"));
      assertThat(casePage).noneMatch(message -> message.contains("htmx:syntax:error")).noneMatch(message -> message.contains("Content Security Policy"));
    }
  }

  @Test
  void on_a_phone_the_danish_case_page_shows_the_customers_number_before_the_timeline() {
    String customer = "Mobil Kunde " + UUID.randomUUID().toString().substring(0, 8);
    String caseId = Detractors.newCase(port, 2, "Ingen svarer", customer);

    try (Browser browser = Browser.open(port, "da")) {
      browser.logIn("alice");
      asPhone(browser);
      browser.go("/cases/" + caseId);
      browser.waitUntil(d -> !d.findElements(By.id("timeline-heading")).isEmpty());
      browser.screenshot("case-phone-da");

      WebElement phone = browser.driver().findElement(By.cssSelector(".case-contact a[href^='tel:']"));
      WebElement timeline = browser.driver().findElement(By.id("timeline-heading"));
      assertThat(phone.getLocation().getY()).as("the phone number is above the timeline").isLessThan(timeline.getLocation().getY());
      assertThat(phone.getLocation().getY()).as("the phone number is above the response").isLessThan(
          browser.driver().findElement(By.id("response-heading")).getLocation().getY());
      assertThat(timeline.getText()).isEqualTo("Tidslinje");
      assertThat(browser.driver().findElement(By.id("customer-heading")).getText()).isEqualTo("Kunde");
      assertThat(scrollWidth(browser)).isLessThanOrEqualTo(PHONE_WIDTH);
    }
  }

  @Test
  void a_form_sent_with_a_mistake_lists_it_at_the_top_and_a_reload_shows_the_case_instead_of_a_405() {
    String customer = "Genindlæs Kunde " + UUID.randomUUID().toString().substring(0, 8);
    String caseId = Detractors.newCase(port, 4, null, customer);
    Api.as("alice", port).postForEntity("/api/cases/{id}/claim", null, Map.class, caseId);

    try (Browser browser = Browser.open(port)) {
      browser.logIn("alice");
      browser.go("/cases/" + caseId);
      new Select(browser.driver().findElement(By.id("call-back-customer-Field_channel"))).selectByValue("");
      browser.driver().findElement(By.cssSelector("#attempt-form button[type=submit]")).click();
      WebElement summary = browser.waitUntil(d -> d.findElements(By.id("error-summary")).stream().findFirst().orElse(null));
      browser.screenshot("case-error-summary");

      WebElement link = summary.findElement(By.cssSelector("a[href='#call-back-customer-Field_channel']"));
      assertThat(link.getText()).isEqualTo("Channel is required");
      assertThat(browser.driver().findElement(By.id("call-back-customer-Field_channel-error")).getText()).isEqualTo("Channel is required");
      assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).as("the summary has the focus").isEqualTo("error-summary");
      link.click();
      assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("call-back-customer-Field_channel");

      browser.driver().navigate().refresh();
      browser.waitUntil(d -> !d.findElements(By.cssSelector("main h1")).isEmpty());
      assertThat(browser.driver().getCurrentUrl()).endsWith("/cases/" + caseId);
      assertThat(browser.driver().findElement(By.cssSelector("main h1")).getText()).isEqualTo(customer);

      browser.go("/cases/" + caseId + "/contact-attempts");
      assertThat(browser.driver().getCurrentUrl()).endsWith("/cases/" + caseId);
      assertThat(browser.driver().findElement(By.cssSelector("main h1")).getText()).isEqualTo(customer);
    }
  }

  /** A 390 px wide phone screen, as the page's viewport meta tag sees it. */
  private static void asPhone(Browser browser) {
    ((ChromiumDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 1, "mobile", true));
  }

  private static long scrollWidth(Browser browser) {
    return (Long) ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.scrollWidth;");
  }

  private static double rightEdge(Browser browser, WebElement element) {
    return ((Number) ((JavascriptExecutor) browser.driver()).executeScript("return arguments[0].getBoundingClientRect().right;", element))
        .doubleValue();
  }

  /** Waits until htmx has loaded and processed the page (it reads the triggers of every element as it starts). */
  private static void waitForHtmx(Browser browser) {
    browser.waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
        "return document.readyState === 'complete' && typeof htmx !== 'undefined';")));
  }

  private static List<String> console(Browser browser) {
    return browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
  }
}
