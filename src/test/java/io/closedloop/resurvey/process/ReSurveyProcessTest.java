package io.closedloop.resurvey.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Drives re-survey.bpmn on a plain engine: the wait, the send step, the answer or the link's expiry. */
@Deployment(resources = "bpmn/re-survey.bpmn")
class ReSurveyProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
      .assertClassCoverageAtLeast(1.0)
      .build();

  private RecordingReSurveyProcess reSurveyProcess;
  private final Date start = new Date(1_780_000_000_000L);
  private final String caseId = UUID.randomUUID().toString();

  @BeforeEach
  void registerAdapter() {
    reSurveyProcess = new RecordingReSurveyProcess();
    Mocks.register("reSurveyProcess", reSurveyProcess);
    ClockUtil.setCurrentTime(start);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void a_customer_who_may_be_mailed_is_asked_when_the_configured_wait_is_over() {
    ProcessInstance pi = startReSurvey("P14D");

    assertThat(pi).isWaitingAt("WaitBeforeAsking");
    assertThat(timer(pi).getDuedate()).isEqualTo(new Date(start.getTime() + 14 * RecordingReSurveyProcess.DAY));
    assertThat(reSurveyProcess.calls).containsExactly("mayBeAsked " + caseId);

    execute(timer(pi));

    assertThat(reSurveyProcess.calls).containsExactly("mayBeAsked " + caseId, "send");
    assertThat(pi).hasPassed("SendReSurvey").isWaitingAt("AwaitAnswer");
  }

  @Test
  void a_designer_can_shorten_the_wait_through_the_variable() {
    ProcessInstance pi = startReSurvey("PT1H");

    assertThat(timer(pi).getDuedate()).isEqualTo(new Date(start.getTime() + 3_600_000L));
  }

  @Test
  void an_answer_that_is_no_longer_a_detractor_ends_the_re_survey_without_a_new_case() {
    ProcessInstance pi = sentReSurvey();

    answer("PASSIVE");

    assertThat(pi).hasPassed("ReSurveyAnswered", "NoLongerDetractor").hasNotPassed("OpenFollowUpCase").isEnded();
    assertThat(reSurveyProcess.calls).doesNotContain("openFollowUpCase");
  }

  @Test
  void a_customer_still_a_detractor_gets_a_follow_up_case() {
    ProcessInstance pi = sentReSurvey();

    answer("DETRACTOR");

    assertThat(pi).hasPassed("OpenFollowUpCase", "FollowUpCaseOpened").isEnded();
    assertThat(reSurveyProcess.calls).endsWith("send", "openFollowUpCase");
  }

  @Test
  void an_unanswered_link_expires_and_the_case_notes_it() {
    ProcessInstance pi = sentReSurvey();

    execute(timer(pi));

    assertThat(pi).hasPassed("LinkExpired", "NoteExpiry", "NotAnswered").hasNotPassed("ReSurveyAnswered").isEnded();
    assertThat(reSurveyProcess.calls).endsWith("noteExpiry");
  }

  @Test
  void a_customer_who_opted_out_or_has_no_email_is_not_asked_at_all() {
    reSurveyProcess.mayBeAsked = false;

    ProcessInstance pi = startReSurvey("P14D");

    assertThat(pi).hasPassed("NotAsked").isEnded();
    assertThat(jobQuery().count()).isZero();
  }

  @Test
  void a_customer_who_opted_out_during_the_wait_is_not_mailed() {
    ProcessInstance pi = startReSurvey("P14D");
    reSurveyProcess.stillMayBeMailed = false;

    execute(timer(pi));

    assertThat(pi).hasPassed("SendReSurvey", "NotSent").hasNotPassed("AwaitAnswer").isEnded();
  }

  private ProcessInstance sentReSurvey() {
    ProcessInstance pi = startReSurvey("P14D");
    execute(timer(pi));
    assertThat(pi).isWaitingAt("AwaitAnswer");
    return pi;
  }

  private void answer(String category) {
    runtimeService().createMessageCorrelation(ReSurveyVariables.ANSWERED_MESSAGE).processInstanceBusinessKey(caseId)
        .setVariable(ReSurveyVariables.ANSWER_CATEGORY, category).correlate();
  }

  private ProcessInstance startReSurvey(String wait) {
    return runtimeService().startProcessInstanceByKey(ReSurveyVariables.PROCESS_KEY, caseId,
        Map.of(ReSurveyVariables.CASE_ID, caseId, ReSurveyVariables.WAIT_BEFORE_ASKING, wait));
  }

  private static Job timer(ProcessInstance pi) {
    return jobQuery().processInstanceId(pi.getId()).timers().singleResult();
  }
}
