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
@Deployment(resources = {"bpmn/detractor-case.bpmn", "bpmn/case-routing.dmn", "forms/call-back-customer.form",
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
    assertThat(caseProcess.calls).containsExactly("plan 16", "recordAttempt reached by alice", "recordResolution service.waiting-time");
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
    assertThat(caseProcess.calls).containsExactly("plan 16", "recordAttempt reached by alice", "recordResolution service.waiting-time",
        "sendCloseTheLoopMail");
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
    assertThat(pi).hasPassed("ReminderSent").isWaitingAt(CaseTasks.CALL_BACK).task().isAssignedTo("alice");
  }

  @Test
  void a_passed_deadline_escalates_to_the_manager_and_later_to_the_head_of_customer_experience_once_each() {
    caseProcess.owner = "alice";
    ProcessInstance pi = startCase(5, false);

    moveClockHours(17);
    execute(timer(pi, "ReminderDue"));
    execute(timer(pi, "CallbackDeadlinePassed"));
    execute(timer(pi, "LevelTwoDue"));

    assertThat(caseProcess.calls).containsExactly("plan 16", "remind", "escalate 1", "escalate 2");
    assertThat(pi).hasPassed("EscalatedToManager", "EscalatedToHeadOfCx").isWaitingAt(CaseTasks.CALL_BACK);
    assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void reaching_the_customer_after_the_first_escalation_stops_the_ladder() {
    caseProcess.owner = "alice";
    ProcessInstance pi = startCase(5, false);
    moveClockHours(9);
    execute(timer(pi, "ReminderDue"));
    execute(timer(pi, "CallbackDeadlinePassed"));

    complete(task(pi), withVariables("channel", "PHONE", "reached", true, "actor", "alice"));

    assertThat(pi).isWaitingAt(CaseTasks.RESOLVE);
    assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(caseProcess.calls).containsExactly("plan 16", "remind", "escalate 1", "recordAttempt reached by alice");
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
