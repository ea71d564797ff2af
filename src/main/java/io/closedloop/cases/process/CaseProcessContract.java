package io.closedloop.cases.process;

import static io.closedloop.cases.process.CaseVariables.ALARM_ACTION;
import static io.closedloop.cases.process.CaseVariables.CHANNEL;
import static io.closedloop.cases.process.CaseVariables.CLOSE_THE_LOOP_CHANNEL;
import static io.closedloop.cases.process.CaseVariables.CLOSE_THE_LOOP_MESSAGE;
import static io.closedloop.cases.process.CaseVariables.IDEA_DESCRIPTION;
import static io.closedloop.cases.process.CaseVariables.IDEA_HORIZON;
import static io.closedloop.cases.process.CaseVariables.IDEA_ID;
import static io.closedloop.cases.process.CaseVariables.IDEA_TITLE;
import static io.closedloop.cases.process.CaseVariables.NOTE;
import static io.closedloop.cases.process.CaseVariables.NOTES;
import static io.closedloop.cases.process.CaseVariables.OUTCOME;
import static io.closedloop.cases.process.CaseVariables.REACHED;
import static io.closedloop.cases.process.CaseVariables.ROOT_CAUSE;

import io.closedloop.workflow.ProcessKeys;
import io.closedloop.workflow.deployment.ProcessContract;
import io.closedloop.workflow.deployment.ProcessContract.FieldChoices;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the code expects of every version of the detractor-case process: expressions call
 * {@link CaseProcess}, and the three steps the case page works keep their forms and the fields it reads.
 */
@Configuration(proxyBeanMethods = false)
public class CaseProcessContract {

  public static final ProcessContract CONTRACT = new ProcessContract(ProcessKeys.DETRACTOR_CASE, CaseProcess.class,
      Map.of(
          CaseTasks.CALL_BACK, "call-back-customer",
          CaseTasks.RESOLVE, "resolve-case",
          CaseTasks.REVIEW_ALARM, "review-alarming-case"),
      Map.of(
          "call-back-customer", List.of(CHANNEL, REACHED, NOTE),
          "resolve-case", List.of(ROOT_CAUSE, OUTCOME, NOTES, CLOSE_THE_LOOP_MESSAGE, CLOSE_THE_LOOP_CHANNEL, IDEA_TITLE,
              IDEA_DESCRIPTION, IDEA_HORIZON, IDEA_ID),
          "review-alarming-case", List.of(ALARM_ACTION)),
      List.of(new FieldChoices("resolve-case", ROOT_CAUSE, CaseTasks.ROOT_CAUSE_OPTIONS, "the root-cause taxonomy")));

  @Bean
  ProcessContract detractorCaseContract() {
    return CONTRACT;
  }
}
