package io.closedloop.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.Browser;
import io.closedloop.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A process designer in a real browser: the processes page, a model file downloaded with the page's login, and Cockpit one click away. */
@IntegrationTest
class ProcessesInTheBrowserIT {

  @LocalServerPort
  int port;

  @Test
  void a_designer_finds_the_running_versions_downloads_the_bpmn_and_opens_cockpit() {
    try (Browser browser = Browser.open(port)) {
      browser.logIn("dana");
      browser.go("/processes");

      WebElement process = browser.driver().findElement(By.id("process-detractor-case"));
      assertThat(process.findElement(By.tagName("h3")).getText()).contains("Detractor case", "detractor-case");
      assertThat(process.findElement(By.cssSelector(".running-total")).getText()).matches("(no instances|1 instance|\\d+ instances) running");
      assertThat(browser.driver().findElement(By.id("engine-rest")).getText()).isEqualTo("http://localhost:" + port + "/engine-rest");
      browser.screenshot("processes-designer");

      WebElement bpmn = process.findElement(By.cssSelector("a.download"));
      assertThat(bpmn.getText()).isEqualTo("Download detractor-case.bpmn");
      @SuppressWarnings("unchecked")
      List<Object> file = (List<Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
          var done = arguments[arguments.length - 1];
          fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) { return r.text().then(function (t) {
            done([r.status, r.headers.get('content-disposition'), t]); }); });
          """, bpmn.getAttribute("href"));
      assertThat(file.get(0)).isEqualTo(200L);
      assertThat((String) file.get(1)).isEqualTo("attachment; filename=\"detractor-case.bpmn\"");
      assertThat((String) file.get(2)).contains("<bpmn:process id=\"detractor-case\"");

      process.findElement(By.linkText("Open in Cockpit")).click();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(40))
          .until(d -> d.findElement(By.tagName("body")).getText().contains("Detractor case"));
      assertThat(browser.driver().getCurrentUrl()).contains("/camunda/app/cockpit/default/#/process-definition/detractor-case:");
    }
  }

  @Test
  void a_danish_designer_reads_how_to_deploy_in_danish() {
    try (Browser browser = Browser.open(port, "da")) {
      browser.logIn("dana");
      browser.go("/processes");

      assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Processer og beslutningstabeller");
      assertThat(browser.driver().findElement(By.id("deploy")).getText()).contains("Udrul en ny version", "Procesdesignere og administratorer");
      browser.resize(390, 844);
      assertThat(((JavascriptExecutor) browser.driver()).executeScript(
          "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;")).isEqualTo(true);
      browser.screenshot("processes-designer-danish-phone");
    }
  }
}
