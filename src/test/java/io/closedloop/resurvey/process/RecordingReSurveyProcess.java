package io.closedloop.resurvey.process;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Stands in for {@link ReSurveyProcess} on the plain engine: answers the BPMN's calls like the real
 * adapter (same method names, same variables written) and records each call.
 */
public class RecordingReSurveyProcess {

  static final long DAY = 86_400_000L;

  final List<String> calls = new ArrayList<>();
  boolean mayBeAsked = true;
  boolean stillMayBeMailed = true;

  public boolean mayBeAsked(DelegateExecution execution) {
    calls.add("mayBeAsked " + execution.getProcessBusinessKey());
    return mayBeAsked;
  }

  public void send(DelegateExecution execution) {
    calls.add("send");
    execution.setVariable(ReSurveyVariables.SENT, stillMayBeMailed);
    execution.setVariable(ReSurveyVariables.LINK_EXPIRES_AT, stillMayBeMailed ? new Date(ClockUtil.getCurrentTime().getTime() + 14 * DAY) : null);
  }

  public void openFollowUpCase(DelegateExecution execution) {
    calls.add("openFollowUpCase");
  }

  public void noteExpiry(DelegateExecution execution) {
    calls.add("noteExpiry");
  }
}
