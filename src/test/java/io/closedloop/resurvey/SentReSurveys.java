package io.closedloop.resurvey;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.cases.CaseId;
import io.closedloop.resurvey.process.PlanningReSurveyProcess;
import io.closedloop.resurvey.process.ReSurveyVariables;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** Plans a case's re-survey, moves its wait by executing the timer at once, and reads the link of the mail it queued. */
final class SentReSurveys {

  private static final Pattern LINK = Pattern.compile("/r/([A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+)");

  private final PlanningReSurveyProcess planning;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final TransactionTemplate transactions;
  private final JdbcClient jdbc;

  SentReSurveys(ApplicationContext context) {
    this.planning = context.getBean(PlanningReSurveyProcess.class);
    this.runtime = context.getBean(RuntimeService.class);
    this.management = context.getBean(ManagementService.class);
    this.transactions = context.getBean(TransactionTemplate.class);
    this.jdbc = context.getBean(JdbcClient.class);
  }

  void plan(String caseId) {
    transactions.executeWithoutResult(status -> planning.plan(CaseId.of(caseId)));
  }

  /** The token of the link in the re-survey mail of the case. */
  String sent(String caseId) {
    plan(caseId);
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId)
        .processDefinitionKey(ReSurveyVariables.PROCESS_KEY).singleResult().getId();
    management.executeJob(management.createJobQuery().processInstanceId(instance).timers().singleResult().getId());
    String body = jdbc.sql("select body from outbox_message where case_id = :caseId and topic = 'RE_SURVEY'")
        .param("caseId", UUID.fromString(caseId)).query(String.class).single();
    Matcher link = LINK.matcher(body);
    assertThat(link.find()).as("a re-survey link in %s", body).isTrue();
    return link.group(1);
  }
}
