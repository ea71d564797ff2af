package io.closedloop.resurvey;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.Api;
import io.closedloop.support.Browser;
import io.closedloop.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** In a real browser the size of a phone: a Danish customer answers the re-survey from the mail's link. */
@IntegrationTest
class ReSurveyInTheBrowserIT {

  @LocalServerPort
  int port;
  @Autowired
  ApplicationContext context;
  @Autowired
  JdbcClient jdbc;

  @Test
  void a_customer_answers_the_re_survey_on_a_phone_in_their_own_language() {
    String caseId = danishDetractorCase();
    String token = new SentReSurveys(context).sent(caseId);

    try (Browser browser = Browser.open(port, "en-US")) {
      browser.resize(390, 844);
      browser.go("/r/" + token);

      assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("da");
      assertThat(browser.driver().findElement(By.cssSelector("button[type=submit]")).getText()).isEqualTo("Send mit svar");
      long viewport = (Long) ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.clientWidth");
      long content = (Long) ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.scrollWidth");
      assertThat(content).as("no sideways scrolling on a phone").isLessThanOrEqualTo(viewport);
      List<WebElement> scores = browser.driver().findElements(By.cssSelector(".score-buttons label"));
      assertThat(scores).hasSize(11).allSatisfy(score -> {
        assertThat(score.isDisplayed()).isTrue();
        assertThat(score.getRect().getX() + score.getRect().getWidth()).isLessThanOrEqualTo((int) viewport);
        assertThat(score.getRect().getHeight()).as("big enough to tap").isGreaterThanOrEqualTo(40);
      });
      browser.screenshot("re-survey-phone");

      scores.get(8).click();
      browser.driver().findElement(By.id("comment")).sendKeys("Meget bedre nu");
      browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
      browser.waitUntil(d -> d.findElement(By.tagName("h1")).getText().equals("Tak"));
    }

    assertThat(jdbc.sql("select score || ' ' || comment || ' ' || language from response where follows_up_case = :caseId")
        .param("caseId", UUID.fromString(caseId)).query(String.class).single()).isEqualTo("8 Meget bedre nu da");
  }

  @Test
  void leadership_sees_the_re_survey_figures_on_the_dashboard() {
    try (Browser browser = Browser.open(port, "da")) {
      browser.logIn("lea");
      browser.go("/dashboard");

      assertThat(browser.driver().findElement(By.id("resurvey-heading")).getText()).startsWith("Opfølgende spørgsmål");
      assertThat(browser.driver().findElements(By.cssSelector("#resurvey-table tbody tr"))).hasSize(3);
    }
  }

  private String danishDetractorCase() {
    String externalId = "re-survey-browser-" + UUID.randomUUID();
    Map<String, Object> response = Map.of("externalId", externalId, "score", 3, "language", "da", "touchpoint", "website",
        "customer", Map.of("externalId", "customer-" + externalId, "name", "Bente Bruger", "email", "bente@example.com"));
    ResponseEntity<Map> created = Api.as("admin", port).postForEntity("/api/responses", response, Map.class);
    return (String) created.getBody().get("caseId");
  }
}
