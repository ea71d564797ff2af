package io.closedloop.workflow;

import static io.closedloop.support.CaseJson.timeline;
import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.support.Api;
import io.closedloop.support.Browser;
import io.closedloop.support.Detractors;
import io.closedloop.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A designer deploys, through the engine's REST API as Camunda Modeler does, a new version of the
 * detractor process with an extra user task and a changed call-back form; without a restart, an
 * agent works a new case through the changed form and the new task to its resolution in a real
 * browser, and the new task's completion lands on the case's timeline.
 */
@IntegrationTest
class DesignersNewVersionInTheBrowserIT {

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtime;

  @Autowired
  HistoryService history;

  @Test
  void a_new_case_goes_through_the_designers_new_task_and_changed_form_on_our_pages() throws Exception {
    ResponseEntity<Map> deployed = GoodwillVoucherVersion.deploy(port);
    assertThat(deployed.getStatusCode()).as("deployed: %s", deployed.getBody()).isEqualTo(HttpStatus.OK);
    try {
      String caseId = Detractors.newCase(port, 2, "The technician never came", "Voucher Kunde " + UUID.randomUUID().toString().substring(0, 8));
      assertThat(runtime.createProcessInstanceQuery()
          .processInstanceBusinessKey(caseId).processDefinitionKey(ProcessKeys.DETRACTOR_CASE).singleResult().getProcessDefinitionId())
          .isEqualTo(GoodwillVoucherVersion.definitionIdOf(deployed));

      try (Browser browser = Browser.open(port)) {
        browser.logIn("alice");
        browser.go("/cases/" + caseId);
        browser.driver().findElement(By.cssSelector("form[action$='/claim'] button[type=submit]")).click();
        browser.waitUntil(d -> d.findElements(By.id("attempt-form")).size() == 1);

        WebElement attemptForm = browser.driver().findElement(By.id("attempt-form"));
        assertThat(attemptForm.getText()).as("the changed call-back form").contains(GoodwillVoucherVersion.CHANGED_NOTE_LABEL)
            .contains(GoodwillVoucherVersion.CALL_BACK_HINT);
        new Select(browser.driver().findElement(By.id("call-back-customer-Field_channel"))).selectByValue("PHONE");
        browser.driver().findElement(By.id("call-back-customer-Field_reached")).click();
        browser.driver().findElement(By.id("call-back-customer-Field_note")).sendKeys("Offered to make up for it");
        browser.driver().findElement(By.cssSelector("#attempt-form button[type=submit]")).click();

        browser.waitUntil(d -> !d.findElements(By.cssSelector(".task-section form")).isEmpty());
        assertThat(browser.driver().findElements(By.id("resolve-form"))).as("no resolving before the voucher step").isEmpty();
        WebElement task = browser.driver().findElement(By.cssSelector(".task-section"));
        assertThat(task.getText()).contains(GoodwillVoucherVersion.TASK_NAME).contains("The customer scored 2.");
        task.findElement(By.cssSelector("button[type=submit]")).click();

        browser.waitUntil(d -> !d.findElements(By.id("error-summary")).isEmpty());
        assertThat(browser.driver().findElement(By.id("error-summary")).getText()).contains("Voucher amount (EUR) is required")
            .contains("What the voucher makes up for is required");
        WebElement amount = browser.driver().findElement(By.cssSelector("input[name=voucherAmount]"));
        amount.sendKeys("25");
        Select reason = new Select(browser.driver().findElement(By.cssSelector("select[name=voucherReason]")));
        assertThat(reason.getOptions()).as("the root-cause taxonomy as choices").anyMatch(option -> option.getDomAttribute("value").equals("service.waiting-time") && option.getText().endsWith("Waiting time"));
        reason.selectByValue("service.waiting-time");
        browser.driver().findElement(By.cssSelector("input[type=checkbox][name=voucherAccepted]")).click();
        browser.driver().findElement(By.cssSelector(".task-section button[type=submit]")).click();

        browser.waitUntil(d -> d.findElements(By.id("resolve-form")).size() == 1);
        assertThat(browser.driver().findElement(By.id("main")).getText()).contains("Completed: " + GoodwillVoucherVersion.TASK_NAME);
        new Select(browser.driver().findElement(By.id("resolve-case-Field_rootCause"))).selectByValue("service.waiting-time");
        browser.driver().findElement(By.cssSelector("input[name=outcome][value=RECOVERED]")).click();
        browser.driver().findElement(By.id("resolve-case-Field_notes")).sendKeys("Voucher accepted, technician rebooked");
        browser.driver().findElement(By.cssSelector("input[name=closeTheLoopChannel][value=PHONE]")).click();
        browser.driver().findElement(By.cssSelector("#resolve-form button[type=submit]")).click();
        browser.waitUntil(d -> d.findElement(By.id("main")).getText().contains("Case resolved"));
      }

      String instanceId = history.createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(caseId).processDefinitionKey(ProcessKeys.DETRACTOR_CASE).singleResult().getId();
      Map<?, ?> resolved = Api.as("alice", port).getForObject("/api/cases/{id}", Map.class, caseId);
      assertThat(resolved.get("status")).isEqualTo("RESOLVED");
      assertThat(timeline(resolved)).anySatisfy(event -> assertThat(event).containsEntry("type", "TASK_COMPLETED")
          .containsEntry("actor", "alice")
          .hasEntrySatisfying("detail", detail -> assertThat((String) detail).contains("Completed: " + GoodwillVoucherVersion.TASK_NAME)));
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instanceId).variableName("voucherAmount")
          .singleResult().getValue()).isEqualTo(25L);
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instanceId).variableName("voucherAccepted")
          .singleResult().getValue()).isEqualTo(true);
    } finally {
      GoodwillVoucherVersion.restoreShipped(port);
    }
  }
}
