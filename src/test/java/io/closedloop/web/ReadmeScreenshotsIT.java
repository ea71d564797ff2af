package io.closedloop.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.Api;
import io.closedloop.support.Browser;
import io.closedloop.support.Detractors;
import io.closedloop.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The README's pictures, taken of the real pages into {@code target/screenshots/readme-*.png}
 * (README, "Screenshots", says how they reach {@code docs/}); each page must open for its role.
 */
@IntegrationTest
class ReadmeScreenshotsIT {

  private static final List<String> CUSTOMERS = List.of("Karen Holm", "Jens Madsen", "Sofie Lund", "Mads Kristensen");
  private static final List<String> PRAISE = List.of("Anne in the Aarhus shop took her time and found exactly what I needed",
      "Quick and friendly answer in the chat", "You called me back the same day and fixed my invoice");
  private static final List<String> COMMENTS = List.of("Waited 40 minutes on the phone and nobody could help me",
      "The invoice was wrong for the third time", "Your website logs me out all the time", "Delivery was a week late");

  @LocalServerPort
  int port;

  String caseId;

  @BeforeEach
  void aMorningsWork() {
    for (int i = 0; i < CUSTOMERS.size(); i++) {
      String opened = Detractors.newCase(port, i + 1, COMMENTS.get(i), CUSTOMERS.get(i));
      if (i == 0) {
        caseId = opened;
      }
    }
    for (String praise : PRAISE) {
      Api.as("admin", port).postForEntity("/api/responses", Map.of("externalId", "readme-" + UUID.randomUUID(), "score", 10,
          "touchpoint", "store", "comment", praise, "customer", Map.of("externalId", "readme-" + UUID.randomUUID())), Map.class);
    }
    Api.as("alice", port).postForEntity("/api/cases/{id}/claim", null, Map.class, caseId);
    Api.as("alice", port).postForEntity("/api/cases/{id}/contact-attempts", Map.of("channel", "PHONE", "reached", false,
        "note", "Voicemail; left a message"), Map.class, caseId);
  }

  @Test
  void takes_the_readme_pictures_of_each_roles_main_page() throws Exception {
    shoot("alice", "/inbox", "readme-inbox");
    shoot("alice", "/cases/" + caseId, "readme-case");
    shoot("mike", "/team", "readme-team-board");
    shoot("admin", "/settings", "readme-settings");
    shoot("lea", "/dashboard", "readme-dashboard");
    shoot("wall", "/wall", "readme-wall");

    for (String name : List.of("readme-inbox", "readme-case", "readme-team-board", "readme-settings", "readme-dashboard", "readme-wall")) {
      assertThat(Files.size(Path.of("target", "screenshots", name + ".png"))).as(name).isGreaterThan(10_000);
    }
  }

  private void shoot(String user, String path, String name) {
    try (Browser browser = Browser.open(port)) {
      browser.logIn(user);
      browser.go(path);
      browser.waitUntil(d -> !d.findElements(By.tagName("h1")).isEmpty());
      assertThat(browser.driver().findElement(By.tagName("h1")).getText()).as(path).isNotBlank().doesNotContain("Not allowed");
      browser.screenshot(name);
    }
  }
}
