package io.closedloop.intake.process;

import static io.closedloop.intake.process.FollowUpVariables.*;

import io.closedloop.intake.FollowUpTasks;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** A passive's follow-up as the {@code passive-follow-up} process, with the response id as business key. */
@Component
class CamundaFollowUpTasks implements FollowUpTasks {

  private final RuntimeService runtime;

  CamundaFollowUpTasks(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public void start(PassiveFollowUp followUp) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(RESPONSE_ID, followUp.responseId().toString());
    variables.put(TEAM, followUp.team());
    variables.put(SCORE, followUp.score());
    variables.put(TOUCHPOINT, followUp.touchpoint() == null ? "" : followUp.touchpoint());
    variables.put(COMMENT, followUp.comment() == null ? "" : followUp.comment());
    variables.put(CUSTOMER_NAME, orEmpty(followUp.customerName()));
    variables.put(CUSTOMER_EMAIL, orEmpty(followUp.customerEmail()));
    variables.put(CUSTOMER_PHONE, orEmpty(followUp.customerPhone()));
    runtime.startProcessInstanceByKey(PROCESS_KEY, followUp.responseId().toString(), variables);
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
