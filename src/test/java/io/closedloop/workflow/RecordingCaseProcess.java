package io.closedloop.workflow;

import static io.closedloop.cases.process.CaseVariables.*;

import io.closedloop.cases.process.CaseProcess;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Stands in for {@link CaseProcess} on the plain engine: answers the BPMN's calls like the real
 * adapter (same method names, same variables written) and records each call, so a test can
 * drive the process alone and see which steps it took.
 */
public class RecordingCaseProcess {

  static final long HOUR = 3_600_000L;

  final List<String> calls = new ArrayList<>();
  String owner;
  String managers = "mike";
  /** The hours after the phase's deadline at which the stand-in ladder's levels are due (today's table: 0 and 4). */
  List<Integer> ladderHours = List.of(0, 4);
  private int levelsApplied;

  public void plan(DelegateExecution execution) {
    calls.add("plan " + ((java.util.Map<?, ?>) execution.getVariable(ROUTING)).get("slaHours"));
    long now = ClockUtil.getCurrentTime().getTime();
    execution.setVariable(OWNER, owner);
    execution.setVariable(TEAM_MANAGERS, managers);
    execution.setVariable(TEAM, "customer-service");
    execution.setVariable(REMINDER_AT, new Date(now + 6 * HOUR));
    execution.setVariable(CALLBACK_DUE, new Date(now + 8 * HOUR));
    execution.setVariable(HEAD_OF_CX_GROUP, "cx-leads");
    levelsApplied = 0;
    nextEscalation(execution, ladderHours.isEmpty() ? null : now + (8 + ladderHours.get(0)) * HOUR);
    execution.setVariable(NEXT_ATTEMPT_DUE, new Date(now + 8 * HOUR));
    execution.setVariable(MAX_FAILED_ATTEMPTS, 3);
    execution.setVariable(FAILED_ATTEMPTS, 0);
    execution.setVariable(REACHED, false);
  }

  public void raiseAlarm(String caseId) {
    calls.add("raiseAlarm");
  }

  public void alarmTaskCreated(DelegateTask task) {
    for (String manager : managers.split(",")) {
      task.addCandidateUser(manager);
    }
  }

  public void remind(String caseId) {
    calls.add("remind");
  }

  public void remindOfDeadline(String caseId, String phase) {
    calls.add("remind " + phase);
  }

  public void planResolution(DelegateExecution execution) {
    calls.add("planResolution " + ((java.util.Map<?, ?>) execution.getVariable(ROUTING)).get("resolutionDays"));
    long now = ClockUtil.getCurrentTime().getTime();
    execution.setVariable(RESOLUTION_REMINDER_AT, new Date(now + 30 * HOUR));
    execution.setVariable(RESOLUTION_DUE, new Date(now + 40 * HOUR));
    levelsApplied = 0;
    nextEscalation(execution, ladderHours.isEmpty() ? null : now + (40 + ladderHours.get(0)) * HOUR);
  }

  /** Applies the levels due now, like the real ladder, and sets when the next one is due. */
  public void escalateDue(DelegateExecution execution, String phase) {
    long now = ClockUtil.getCurrentTime().getTime();
    long deadline = ((Date) execution.getVariable("CALL_BACK".equals(phase) ? CALLBACK_DUE : RESOLUTION_DUE)).getTime();
    while (levelsApplied < ladderHours.size() && deadline + ladderHours.get(levelsApplied) * HOUR <= now) {
      levelsApplied++;
      calls.add("escalate " + phase + " " + levelsApplied);
    }
    nextEscalation(execution, levelsApplied < ladderHours.size() ? deadline + ladderHours.get(levelsApplied) * HOUR : null);
  }

  private static void nextEscalation(DelegateExecution execution, Long at) {
    execution.setVariable(ESCALATIONS_LEFT, at != null);
    execution.setVariable(NEXT_ESCALATION_AT, at == null ? null : new Date(at));
  }

  public void recordAttempt(DelegateExecution execution) {
    boolean reached = Boolean.TRUE.equals(execution.getVariable(REACHED));
    int failed = ((Number) execution.getVariable(FAILED_ATTEMPTS)).intValue() + (reached ? 0 : 1);
    execution.setVariable(FAILED_ATTEMPTS, failed);
    calls.add("recordAttempt " + (reached ? "reached" : "failed " + failed) + " by " + execution.getVariable(ACTOR));
  }

  public void scheduleNextAttempt(DelegateExecution execution) {
    execution.setVariable(NEXT_ATTEMPT_DUE, new Date(ClockUtil.getCurrentTime().getTime() + 24 * HOUR));
    calls.add("scheduleNextAttempt");
  }

  public void closeUnreachable(DelegateExecution execution) {
    calls.add("closeUnreachable after " + execution.getVariable(FAILED_ATTEMPTS));
  }

  public void recordResolution(DelegateExecution execution) {
    calls.add("recordResolution " + execution.getVariable(ROOT_CAUSE)
        + (execution.getVariable(IDEA_TITLE) == null ? "" : " with idea " + execution.getVariable(IDEA_TITLE)));
  }

  public boolean closesTheLoopByEmail(DelegateExecution execution) {
    return "EMAIL".equals(execution.getVariable(CLOSE_THE_LOOP_CHANNEL));
  }

  public void sendCloseTheLoopMail(String caseId) {
    calls.add("sendCloseTheLoopMail");
  }

  public void taskAssigned(DelegateTask task) {
    if (task.getAssignee() == null || task.getAssignee().equals(owner)) {
      return;
    }
    calls.add("taskAssigned " + task.getAssignee());
  }

  public void taskCompleted(DelegateTask task) {
    if (task.getVariable(ACTOR) == null) {
      task.setVariable(ACTOR, task.getAssignee());
    }
  }
}
