package io.closedloop.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.closedloop.intake.process.FollowUpVariables;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Drives passive-follow-up.bpmn on a plain engine: one task for the team, no deadline, done when noted. */
@Deployment(resources = {"bpmn/passive-follow-up.bpmn", "forms/follow-up-passive.form"})
class PassiveFollowUpProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
      .assertClassCoverageAtLeast(1.0)
      .build();

  private final String responseId = UUID.randomUUID().toString();

  @Test
  void a_passives_comment_waits_for_the_team_without_a_deadline_and_ends_when_followed_up() {
    ProcessInstance pi = start("customer-service");

    assertThat(pi).isWaitingAt(FollowUpVariables.TASK);
    Task followUp = taskService().createTaskQuery().processInstanceId(pi.getId()).initializeFormKeys().singleResult();
    assertThat(followUp).hasCandidateGroup("customer-service").isNotAssigned();
    assertThat(followUp.getName()).isEqualTo("Follow up on a passive's comment");
    assertThat(followUp.getDueDate()).isNull();
    assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(followUp.getCamundaFormRef().getKey()).isEqualTo("follow-up-passive");

    complete(followUp, withVariables(FollowUpVariables.NOTE, "Called; they want a dark mode", FollowUpVariables.CONTACTED, true));

    assertThat(pi).hasPassed(FollowUpVariables.TASK, "FollowedUp").isEnded();
  }

  @Test
  void the_task_goes_to_the_team_the_answer_came_with() {
    ProcessInstance pi = start("webshop");

    assertThat(task(pi)).hasCandidateGroup("webshop");
    assertThat(pi.getBusinessKey()).isEqualTo(responseId);
  }

  private ProcessInstance start(String team) {
    return runtimeService().startProcessInstanceByKey(FollowUpVariables.PROCESS_KEY, responseId, Map.of(
        FollowUpVariables.RESPONSE_ID, responseId, FollowUpVariables.TEAM, team, FollowUpVariables.SCORE, 8,
        FollowUpVariables.TOUCHPOINT, "website", FollowUpVariables.COMMENT, "Fine, but I miss a dark mode",
        FollowUpVariables.CUSTOMER_NAME, "Mette Hansen", FollowUpVariables.CUSTOMER_EMAIL, "mette@example.com",
        FollowUpVariables.CUSTOMER_PHONE, ""));
  }
}
