package io.closedloop.notifications.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.shared.Wording;
import io.closedloop.notifications.Notifications;
import io.closedloop.support.Browser;
import io.closedloop.support.Detractors;
import io.closedloop.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;

/** A manager opening a notification in real headless Chromium lands on its case, and it is read. */
@IntegrationTest
class NotificationsInTheBrowserIT {

  @LocalServerPort
  int port;

  @Autowired
  Notifications notifications;

  @Test
  void clicking_a_notification_marks_it_read_and_lands_on_its_case() {
    String customer = "Klik Kunde " + UUID.randomUUID().toString().substring(0, 8);
    UUID caseId = UUID.fromString(Detractors.newCase(port, 5, null, customer));
    notifications.send(List.of("mike"), caseId, "ALARM", "Alarming detractor", Wording.of("alarm"));
    notifications.send(List.of("mike"), caseId, "ALARM", "Alarming detractor", Wording.of("alarm"));

    try (Browser browser = Browser.open(port)) {
      browser.logIn("mike");
      browser.driver().findElement(By.cssSelector("#bell summary")).click();
      WebElement item = browser.waitUntil(d -> d.findElements(By.cssSelector("#bell-panel li")).stream()
          .filter(li -> li.getText().contains(customer)).findFirst().orElse(null));
      assertThat(item.getText()).contains("case of ", "score 5", "Alarming detractor: act before the customer is lost", "2 times");
      assertThat(item.getAttribute("class")).contains("unread");
      browser.screenshot("notification-bell");

      item.findElement(By.cssSelector("a.notification")).click();

      browser.waitUntil(d -> d.getCurrentUrl().endsWith("/cases/" + caseId));
      assertThat(browser.driver().findElement(By.cssSelector("main h1")).getText()).isEqualTo(customer);
    }

    assertThat(notifications.of("mike", true, PageRequest.of(0, 500)).getContent())
        .noneSatisfy(unread -> assertThat(unread.getCaseId()).isEqualTo(caseId));
  }

  @Test
  void a_danish_manager_reads_the_notification_in_danish_and_opens_it_without_script() {
    String customer = "Dansk Klik " + UUID.randomUUID().toString().substring(0, 8);
    UUID caseId = UUID.fromString(Detractors.newCase(port, 5, null, customer));
    notifications.send(List.of("mike"), caseId, "ALARM", "Alarming detractor", Wording.of("alarm"));

    try (Browser browser = Browser.open(port, "da")) {
      browser.logIn("mike");
      browser.go("/notifications/panel");
      WebElement item = browser.waitUntil(d -> d.findElements(By.cssSelector("li")).stream()
          .filter(li -> li.getText().contains(customer)).findFirst().orElse(null));
      assertThat(item.getText()).contains("sag fra ", "Alarmerende kritiker: handl, før kunden er tabt");

      item.findElement(By.cssSelector("a.notification")).click();

      browser.waitUntil(d -> d.getCurrentUrl().endsWith("/cases/" + caseId));
    }

    assertThat(notifications.of("mike", true, PageRequest.of(0, 500)).getContent())
        .noneSatisfy(unread -> assertThat(unread.getCaseId()).isEqualTo(caseId));
  }
}
