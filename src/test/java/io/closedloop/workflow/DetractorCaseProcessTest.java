package io.closedloop.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.closedloop.cases.process.CaseTasks;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Drives detractor-case.bpmn with its real routing table on a plain engine, moving the clock to fire timers. */
@Deployment(resources = {"bpmn/detractor-case.bpmn", "bpmn/case-routing.dmn", "bpmn/escalation-ladder.dmn", "forms/call-back-customer.form",
    "forms/resolve-case.form", "forms/review-alarming-case.form"})
class DetractorCaseProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
      .assertClassCoverageAtLeast(1.0)
      .build();

  private RecordingCaseProcess caseProcess;
  private final List<String> reSurveysPlanned = new ArrayList<>();
  private final Date start = new Date(1_780_000_000_000L);

  @BeforeEach
  void registerAdapter() {
    caseProcess = new RecordingCaseProcess();
    Mocks.register("caseProcess", caseProcess);
    Mocks.register("reSurveyProcess", new PlanningReSurveys());
    ClockUtil.setCurrentTime(start);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void a_customer_reached_at_the_first_try_is_resolved_by_the_owner() {
    caseProcess.owner = "alice";
    ProcessInstance pi = startCase(5, false);

    assertThat(pi).isWaitingAt(CaseTasks.CALL_BACK).task().isAssignedTo("alice");
    assertThat(caseProcess.calls).containsExactly("plan 16");

    complete(task(pi), withVariables("channel", "PHONE", "reached", true, "note", "Talked it through", "actor", "alice"));
    assertThat(pi).isWaitingAt(CaseTasks.RESOLVE).task().isAssignedTo("alice");

    complete(task(pi), withVariables("rootCause", "service.waiting-time", "outcome", "RECOVERED", "notes", "Apologised"));
    assertThat(pi).hasPassed("CaseResolved").hasNotPassed("SendCloseTheLoopMail").isEnded();
    assertThat(caseProcess.calls).containsExactly("plan 16", "recordAttempt reached by alice", "planResolution 5",
        "recordResolution service.waiting-time");
  }

  @Test
  void a_resolution_sent_by_email_passes_the_send_step_before_the_case_ends() {
    caseProcess.owner = "alice";
    ProcessInstance pi = startCase(5, false);
    complete(task(pi), withVariables("channel", "PHONE", "reached", true, "actor", "alice"));

    complete(task(pi), withVariables("rootCause", "service.waiting-time", "outcome", "RECOVERED", "notes", "Apologised",
        "closeTheLoopMessage", "We fixed it", "closeTheLoopChannel", "EMAIL"));

    assertThat(pi).hasPassed("SendCloseTheLoopMail", "PlanReSurveyAfterResolution", "CaseResolved").isEnded();
    assertThat(reSurveysPlanned).containsExactly(pi.getBusinessKey());
    assertThat(caseProcess.calls).containsExactly("plan 16", "recordAttempt reached by alice", "planResolution 5",
        "recordResolution service.waiting-time", "sendCloseTheLoopMail");
  }

  @Test
  void the_routing_table_gives_a_very_unhappy_customer_one_working_day() {
    startCase(3, false);

    assertThat(caseProcess.calls).containsExactly("plan 8");
  }

  @Test
  void an_alarming_case_puts_a_task_in_front_of_the_team_manager_at_once() {
    ProcessInstance pi = startCase(1, true);

    assertThat(pi).hasPassed("RaiseAlarm").isWaitingAt(CaseTasks.REVIEW_ALARM, CaseTasks.CALL_BACK);
    assertThat(task(CaseTasks.REVIEW_ALARM, pi)).hasCandidateUser("mike").hasCandidateGroup("cx-leads");
    assertThat(caseProcess.calls).containsExactly("plan 8", "raiseAlarm");

    complete(task(CaseTasks.REVIEW_ALARM, pi), withVariables("alarmAction", "Asked Alice to call now"));
    assertThat(pi).hasPassed("AlarmReviewed").isWaitingAt(CaseTasks.CALL_BACK);
  }

  @Test
  void a_case_reassigned_in_the_task_list_tells_the_case_its_new_owner() {
    caseProcess.owner = "alice";
    ProcessInstance pi = startCase(5, false);

    taskService().setAssignee(task(pi).getId(), "bob");

    assertThat(caseProcess.calls).contains("taskAssigned bob");
  }

  @Test
  void the_owner_is_reminded_at_75_percent_of_the_sla_and_keeps_the_case() {
    caseProcess.owner = "alice";
    ProcessInstance pi = startCase(5, false);

    moveClockHours(6);
    execute(reminderJob(pi));

    assertThat(caseProcess.calls).containsExactly("plan 16", "remind");
    assertThat(pi).hasPassed("RemindOwner", "CallBackReminderSent").isWaitingAt(CaseTasks.CALL_BACK, "CallBackEscalationDue").task()
        .isAssignedTo("alice");
    assertThat(timer(pi, "CallBackEscalationDue").getDuedate()).isEqualTo(hoursAfterStart(8));
  }

  @Test
  void a_passed_deadline_climbs_the_ladder_one_level_at_a_time_and_each_level_once() {
    caseProcess.owner = "alice";
    ProcessInstance pi = startCase(5, false);
    moveClockHours(6);
    execute(reminderJob(pi));

    moveClockHours(9);
    execute(timer(pi, "CallBackEscalationDue"));
    assertThat(caseProcess.calls).containsExactly("plan 16", "remind", "escalate CALL_BACK 1");
    assertThat(timer(pi, "CallBackEscalationDue").getDuedate()).isEqualTo(hoursAfterStart(12));

    moveClockHours(13);
    execute(timer(pi, "CallBackEscalationDue"));

    assertThat(caseProcess.calls).containsExactly("plan 16", "remind", "escalate CALL_BACK 1", "escalate CALL_BACK 2");
    assertThat(pi).hasPassed("EscalateCallBack", "CallBackLadderDone").isWaitingAt(CaseTasks.CALL_BACK);
    assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void a_late_escalation_job_applies_every_level_that_came_due_in_one_go() {
    caseProcess.owner = "alice";
    ProcessInstance pi = startCase(5, false);

    moveClockHours(17);
    execute(reminderJob(pi));
    execute(timer(pi, "CallBackEscalationDue"));

    assertThat(caseProcess.calls).containsExactly("plan 16", "remind", "escalate CALL_BACK 1", "escalate CALL_BACK 2");
    assertThat(pi).hasPassed("CallBackLadderDone").isWaitingAt(CaseTasks.CALL_BACK);
  }

  @Test
  void a_ladder_without_levels_for_the_case_ends_at_once_and_leaves_the_reminder() {
    caseProcess.owner = "alice";
    caseProcess.ladderHours = List.of();
    ProcessInstance pi = startCase(5, false);

    assertThat(pi).hasPassed("CallBackLadderDone").hasNotPassed("CallBackEscalationDue").isWaitingAt(CaseTasks.CALL_BACK, "ReminderDue");
    moveClockHours(6);
    execute(reminderJob(pi));
    assertThat(caseProcess.calls).containsExactly("plan 16", "remind");
    assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void reaching_the_customer_after_the_first_escalation_stops_the_call_back_ladder_and_starts_the_resolution_deadline() {
    caseProcess.owner = "alice";
    ProcessInstance pi = startCase(5, false);
    moveClockHours(9);
    execute(timer(pi, "ReminderDue"));
    execute(timer(pi, "CallBackEscalationDue"));

    complete(task(pi), withVariables("channel", "PHONE", "reached", true, "actor", "alice"));

    assertThat(pi).hasPassed("CustomerReached", "PlanResolution").isWaitingAt(CaseTasks.RESOLVE, "ResolutionReminderDue");
    assertThat(task(pi)).isAssignedTo("alice").hasDueDate(hoursAfterStart(9 + 40));
    assertThat(jobQuery().processInstanceId(pi.getId()).count()).isEqualTo(2);
    assertThat(timer(pi, "ResolutionReminderDue").getDuedate()).isEqualTo(hoursAfterStart(9 + 30));
    assertThat(timer(pi, "ResolutionEscalationDue").getDuedate()).isEqualTo(hoursAfterStart(9 + 40));
    assertThat(caseProcess.calls).containsExactly("plan 16", "remind", "escalate CALL_BACK 1", "recordAttempt reached by alice",
        "planResolution 5");
  }

  @Test
  void an_unresolved_case_is_reminded_before_its_resolution_deadline_and_escalated_after_it() {
    caseProcess.owner = "alice";
    ProcessInstance pi = startCase(5, false);
    complete(task(pi), withVariables("channel", "PHONE", "reached", true, "actor", "alice"));

    moveClockHours(31);
    execute(timer(pi, "ResolutionReminderDue"));
    assertThat(pi).hasPassed("RemindOfResolution", "ResolutionReminderSent").isWaitingAt(CaseTasks.RESOLVE, "ResolutionEscalationDue");
    moveClockHours(41);
    execute(timer(pi, "ResolutionEscalationDue"));
    moveClockHours(45);
    execute(timer(pi, "ResolutionEscalationDue"));

    assertThat(caseProcess.calls).containsExactly("plan 16", "recordAttempt reached by alice", "planResolution 5", "remind RESOLUTION",
        "escalate RESOLUTION 1", "escalate RESOLUTION 2");
    assertThat(pi).hasPassed("EscalateResolution", "ResolutionLadderDone").isWaitingAt(CaseTasks.RESOLVE);
  }

  @Test
  void submitting_the_resolution_ends_its_reminder_and_ladder() {
    caseProcess.owner = "alice";
    ProcessInstance pi = startCase(5, false);
    complete(task(pi), withVariables("channel", "PHONE", "reached", true, "actor", "alice"));
    moveClockHours(31);
    execute(timer(pi, "ResolutionReminderDue"));

    complete(task(CaseTasks.RESOLVE, pi), withVariables("rootCause", "service.waiting-time", "outcome", "RECOVERED", "notes", "Fixed"));

    assertThat(pi).hasPassed("ResolutionSubmitted", "CaseResolved").isEnded();
    assertThat(caseProcess.calls).doesNotContain("escalate RESOLUTION 1");
  }

  @Test
  void three_failed_attempts_close_the_case_as_unreachable() {
    caseProcess.owner = "bob";
    ProcessInstance pi = startCase(4, false);

    for (int attempt = 1; attempt <= 3; attempt++) {
      assertThat(pi).isWaitingAt(CaseTasks.CALL_BACK);
      complete(task(pi), withVariables("channel", "PHONE", "reached", false, "actor", "bob"));
    }

    assertThat(pi).hasPassed("ScheduleNextAttempt", "AttemptsExhausted", "CloseUnreachable", "PlanReSurveyAfterUnreachable",
        "CaseUnreachable").isEnded();
    assertThat(reSurveysPlanned).containsExactly(pi.getBusinessKey());
    assertThat(caseProcess.calls).containsExactly("plan 16", "recordAttempt failed 1 by bob", "scheduleNextAttempt",
        "recordAttempt failed 2 by bob", "scheduleNextAttempt", "recordAttempt failed 3 by bob", "closeUnreachable after 3");
  }

  @Test
  void a_failed_attempt_moves_the_task_due_date_to_the_next_attempt() {
    caseProcess.owner = "bob";
    ProcessInstance pi = startCase(4, false);

    complete(task(pi), withVariables("channel", "SMS", "reached", false, "actor", "bob"));

    assertThat(task(pi).getDueDate()).isEqualTo(new Date(start.getTime() + 24 * RecordingCaseProcess.HOUR));
  }

  @Test
  void a_resolution_with_an_idea_hands_the_idea_to_the_recording_step() {
    caseProcess.owner = "alice";
    ProcessInstance pi = startCase(6, false);
    complete(task(pi), withVariables("channel", "MEETING", "reached", true, "actor", "alice"));

    complete(task(pi), withVariables("rootCause", "website.navigation", "outcome", "PARTIALLY_RECOVERED", "notes", "Showed the menu",
        "ideaTitle", "Simpler invoice page", "ideaHorizon", "SHORT_TERM"));

    assertThat(pi).isEnded();
    assertThat(caseProcess.calls).contains("recordResolution website.navigation with idea Simpler invoice page");
  }

  @Test
  void an_open_alarm_review_is_withdrawn_when_the_case_closes() {
    caseProcess.owner = "alice";
    ProcessInstance pi = startCase(0, true);
    complete(task(CaseTasks.CALL_BACK, pi), withVariables("channel", "PHONE", "reached", true, "actor", "alice"));
    complete(task(CaseTasks.RESOLVE, pi), withVariables("rootCause", "price.too-high", "outcome", "NOT_RECOVERED", "notes", "Left"));

    assertThat(pi).isEnded();
    assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  private ProcessInstance startCase(int score, boolean alarming) {
    Map<String, Object> variables = new HashMap<>();
    String caseId = UUID.randomUUID().toString();
    variables.put("caseId", caseId);
    variables.put("score", score);
    variables.put("alarming", alarming);
    variables.put("touchpoint", "website");
    variables.put("team", null);
    variables.put("segment", "private");
    variables.put("accountOwner", null);
    return runtimeService().startProcessInstanceByKey(ProcessKeys.DETRACTOR_CASE, caseId, variables);
  }

  private org.camunda.bpm.engine.runtime.Job reminderJob(ProcessInstance pi) {
    return timer(pi, "ReminderDue");
  }

  private static org.camunda.bpm.engine.runtime.Job timer(ProcessInstance pi, String activityId) {
    return jobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
  }

  private Date hoursAfterStart(int hours) {
    return new Date(start.getTime() + hours * RecordingCaseProcess.HOUR);
  }

  private void moveClockHours(int hours) {
    ClockUtil.setCurrentTime(new Date(start.getTime() + hours * RecordingCaseProcess.HOUR));
  }

  /** Stands in for the re-survey adapter: notes each case a re-survey is planned for. */
  public class PlanningReSurveys {

    public void planReSurvey(DelegateExecution execution) {
      reSurveysPlanned.add(execution.getProcessBusinessKey());
    }
  }
}
