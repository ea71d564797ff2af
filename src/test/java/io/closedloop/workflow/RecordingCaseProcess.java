package io.closedloop.workflow;

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
    calls.add("plan " + ((java.util.Map<?, ?>) execution.getVariable("routing")).get("slaHours"));
    long now = ClockUtil.getCurrentTime().getTime();
    execution.setVariable("owner", owner);
    execution.setVariable("teamManagers", managers);
    execution.setVariable("team", "customer-service");
    execution.setVariable("reminderAt", new Date(now + 6 * HOUR));
    execution.setVariable("callbackDue", new Date(now + 8 * HOUR));
    execution.setVariable("headOfCustomerExperienceGroup", "cx-leads");
    levelsApplied = 0;
    nextEscalation(execution, ladderHours.isEmpty() ? null : now + (8 + ladderHours.get(0)) * HOUR);
    execution.setVariable("nextAttemptDue", new Date(now + 8 * HOUR));
    execution.setVariable("maxFailedAttempts", 3);
    execution.setVariable("failedAttempts", 0);
    execution.setVariable("reached", false);
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
    calls.add("planResolution " + ((java.util.Map<?, ?>) execution.getVariable("routing")).get("resolutionDays"));
    long now = ClockUtil.getCurrentTime().getTime();
    execution.setVariable("resolutionReminderAt", new Date(now + 30 * HOUR));
    execution.setVariable("resolutionDue", new Date(now + 40 * HOUR));
    levelsApplied = 0;
    nextEscalation(execution, ladderHours.isEmpty() ? null : now + (40 + ladderHours.get(0)) * HOUR);
  }

  /** Applies the levels due now, like the real ladder, and sets when the next one is due. */
  public void escalateDue(DelegateExecution execution, String phase) {
    long now = ClockUtil.getCurrentTime().getTime();
    long deadline = ((Date) execution.getVariable("CALL_BACK".equals(phase) ? "callbackDue" : "resolutionDue")).getTime();
    while (levelsApplied < ladderHours.size() && deadline + ladderHours.get(levelsApplied) * HOUR <= now) {
      levelsApplied++;
      calls.add("escalate " + phase + " " + levelsApplied);
    }
    nextEscalation(execution, levelsApplied < ladderHours.size() ? deadline + ladderHours.get(levelsApplied) * HOUR : null);
  }

  private static void nextEscalation(DelegateExecution execution, Long at) {
    execution.setVariable("escalationsLeft", at != null);
    execution.setVariable("nextEscalationAt", at == null ? null : new Date(at));
  }

  public void recordAttempt(DelegateExecution execution) {
    boolean reached = Boolean.TRUE.equals(execution.getVariable("reached"));
    int failed = ((Number) execution.getVariable("failedAttempts")).intValue() + (reached ? 0 : 1);
    execution.setVariable("failedAttempts", failed);
    calls.add("recordAttempt " + (reached ? "reached" : "failed " + failed) + " by " + execution.getVariable("actor"));
  }

  public void scheduleNextAttempt(DelegateExecution execution) {
    execution.setVariable("nextAttemptDue", new Date(ClockUtil.getCurrentTime().getTime() + 24 * HOUR));
    calls.add("scheduleNextAttempt");
  }

  public void closeUnreachable(DelegateExecution execution) {
    calls.add("closeUnreachable after " + execution.getVariable("failedAttempts"));
  }

  public void recordResolution(DelegateExecution execution) {
    calls.add("recordResolution " + execution.getVariable("rootCause")
        + (execution.getVariable("ideaTitle") == null ? "" : " with idea " + execution.getVariable("ideaTitle")));
  }

  public boolean closesTheLoopByEmail(DelegateExecution execution) {
    return "EMAIL".equals(execution.getVariable("closeTheLoopChannel"));
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
    if (task.getVariable("actor") == null) {
      task.setVariable("actor", task.getAssignee());
    }
  }
}
