package io.closedloop.web;

import static io.closedloop.support.CaseJson.timelineDetails;
import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.Api;
import io.closedloop.support.Browser;
import io.closedloop.support.Detractors;
import io.closedloop.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/** People working in the pages through real headless Chromium: an agent closing the loop, a manager moving a case. */
@IntegrationTest
class WorkingInTheBrowserIT {

  @LocalServerPort
  int port;

  @Test
  void an_agent_claims_a_case_from_the_queue_logs_the_call_and_resolves_it() {
    String customer = "Browser Kunde " + UUID.randomUUID().toString().substring(0, 8);
    String caseId = Detractors.newCase(port, 4, "The website <b>keeps</b> logging me out", customer);

    try (Browser browser = Browser.open(port)) {
      browser.logIn("alice");
      assertThat(browser.driver().getCurrentUrl()).endsWith("/inbox");
      WebElement search = browser.driver().findElement(By.id("q"));
      search.sendKeys(customer, Keys.ENTER);
      browser.waitUntil(d -> d.getCurrentUrl().contains("q="));
      browser.waitUntil(d -> d.findElements(By.cssSelector("#case-" + caseId + " button")).size() == 1);
      browser.screenshot("agent-inbox");
      browser.driver().findElement(By.cssSelector("#case-" + caseId + " button")).click();
      browser.waitUntil(d -> d.findElement(By.id("worklists")).getText().contains("You now own the case"));
      assertThat(browser.driver().findElement(By.cssSelector("section[aria-labelledby=mine-heading]")).getText()).contains(customer);

      browser.go("/cases/" + caseId);
      assertThat(browser.driver().findElement(By.cssSelector("blockquote.comment")).getText())
          .isEqualTo("The website <b>keeps</b> logging me out");
      new Select(browser.driver().findElement(By.id("call-back-customer-Field_channel"))).selectByValue("PHONE");
      browser.driver().findElement(By.id("call-back-customer-Field_reached")).click();
      browser.driver().findElement(By.id("call-back-customer-Field_note")).sendKeys("Talked it through");
      browser.driver().findElement(By.cssSelector("#attempt-form button[type=submit]")).click();
      browser.waitUntil(d -> d.findElements(By.id("resolve-form")).size() == 1);
      browser.screenshot("agent-case-reached");

      new Select(browser.driver().findElement(By.id("resolve-case-Field_rootCause"))).selectByValue("website.navigation");
      browser.driver().findElement(By.cssSelector("input[name=outcome][value=RECOVERED]")).click();
      browser.driver().findElement(By.id("resolve-case-Field_notes")).sendKeys("Showed the stay-logged-in option");
      WebElement message = browser.driver().findElement(By.id("resolve-case-Field_message"));
      assertThat(message.getAttribute("value")).as("drafted from the customer's template").contains(customer);
      assertThat(browser.driver().findElement(By.cssSelector("input[name=closeTheLoopChannel][value=EMAIL]")).isSelected()).isTrue();
      message.clear();
      message.sendKeys("Thank you for telling us");
      browser.driver().findElement(By.cssSelector("#resolve-form button[type=submit]")).click();
      browser.waitUntil(d -> d.findElement(By.id("main")).getText().contains("Case resolved"));
      browser.screenshot("agent-case-resolved");
    }

    Map<?, ?> resolved = Api.as("alice", port).getForObject("/api/cases/{id}", Map.class, caseId);
    assertThat(resolved.get("status")).isEqualTo("RESOLVED");
    assertThat(resolved.get("rootCause")).isEqualTo("website.navigation");
    assertThat(resolved.get("closeTheLoopMessage")).isEqualTo("Thank you for telling us");
    assertThat(resolved.get("closeTheLoopChannel")).isEqualTo("EMAIL");
  }

  @Test
  void a_manager_reassigns_a_case_on_the_team_board_with_a_reason() {
    String customer = "Board Kunde " + UUID.randomUUID().toString().substring(0, 8);
    String caseId = Detractors.newCase(port, 5, null, customer);
    Api.as("alice", port).postForEntity("/api/cases/{id}/claim", null, Map.class, caseId);

    try (Browser browser = Browser.open(port)) {
      browser.logIn("mike");
      assertThat(browser.driver().getCurrentUrl()).endsWith("/team");
      browser.driver().findElement(By.cssSelector("#assign-" + caseId + " input[type=checkbox]")).click();
      new Select(browser.driver().findElement(By.id("bulk-owner"))).selectByValue("bob");
      browser.driver().findElement(By.id("bulk-reason")).sendKeys("Alice is at a course today");
      browser.screenshot("manager-team-board");
      browser.driver().findElement(By.cssSelector("#bulk-assign button[type=submit]")).click();
      browser.waitUntil(d -> d.findElement(By.id("main")).getText().contains("Assigned 1 case to bob"));
      assertThat(browser.driver().findElement(By.cssSelector("#assign-" + caseId + " .owner")).getText()).isEqualTo("bob");
    }

    Map<?, ?> reassigned = Api.as("mike", port).getForObject("/api/cases/{id}", Map.class, caseId);
    assertThat(reassigned.get("owner")).isEqualTo("bob");
    assertThat(timelineDetails(reassigned)).contains("Reassigned from alice to bob: Alice is at a course today");
  }
}
