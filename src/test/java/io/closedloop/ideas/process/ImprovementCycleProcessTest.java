package io.closedloop.ideas.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.closedloop.ideas.Horizon;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Drives improvement-cycle.bpmn on a plain engine across two cycles, moving the clock to fire its schedule. */
@Deployment(resources = {"bpmn/improvement-cycle.bpmn", "forms/evaluate-idea.form", "forms/run-improvement-meeting.form",
    "forms/confirm-selection.form", "forms/carry-out-idea.form", "forms/prepare-plan.form"})
class ImprovementCycleProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
      .assertClassCoverageAtLeast(1.0)
      .build();

  private static final long DAY = RecordingCycleProcess.DAY;

  private RecordingCycleProcess cycleProcess;
  private final Date start = new Date(1_780_000_000_000L);

  @BeforeEach
  void registerAdapter() {
    cycleProcess = new RecordingCycleProcess();
    Mocks.register("cycleProcess", cycleProcess);
    ClockUtil.setCurrentTime(start);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void two_cycles_choose_by_votes_carry_the_rest_over_and_evaluate_the_chosen_ideas_at_the_next_meeting() {
    cycleProcess.idea("A", Horizon.SHORT_TERM, 3);
    cycleProcess.idea("B", Horizon.SHORT_TERM, 3);
    cycleProcess.idea("C", Horizon.SHORT_TERM, 3);
    cycleProcess.idea("L", Horizon.LONG_TERM, 2);
    cycleProcess.idea("M", Horizon.LONG_TERM, 2);

    cycleProcess.startByHand(runtimeService());
    ProcessInstance first = instanceOf("cycle-1");
    assertThat(first).hasPassed("CycleStartedByHand", "PrepareAgenda").hasNotPassed("EvaluateIdea").isWaitingAt("RunImprovementMeeting");
    assertThat(task(first)).hasCandidateGroup("manager");

    complete(task(first));
    assertThat(first).hasPassed("ApplySelectionRule").isWaitingAt("ConfirmSelection");
    complete(task(first), withVariables("workingGroup", "alice,bob", "actor", "mike"));

    assertThat(first).isWaitingAt("CarryOutIdea", "PreparePlan");
    List<Task> carryOut = taskQuery().processInstanceId(first.getId()).taskDefinitionKey("CarryOutIdea").orderByTaskAssignee().asc().list();
    assertThat(carryOut).extracting(Task::getAssignee).containsExactly("owner-of-A", "owner-of-B");
    assertThat(carryOut.get(0).getDueDate()).isEqualTo(new Date(start.getTime() + 42 * DAY));
    Task plan = task("PreparePlan", first);
    assertThat(plan).hasCandidateUser("alice").hasCandidateUser("bob");
    complete(plan, withVariables("plan", "Pilot in one team first"));
    complete(carryOut.get(0));

    ClockUtil.setCurrentTime(new Date(start.getTime() + 42 * DAY));
    execute(scheduleJob());

    assertThat(first).hasPassed("NextCycleOpened", "CloseCycle").isEnded();
    ProcessInstance second = instanceOf("cycle-2");
    assertThat(second).hasPassed("CycleDue", "OpenCycleOnSchedule", "PrepareAgenda").isWaitingAt("EvaluateIdea");
    assertThat(cycleProcess.calls).contains("agenda cycle-2: evaluate [A, B, L], backlog [C, M]");

    for (Task evaluation : taskQuery().processInstanceId(second.getId()).taskDefinitionKey("EvaluateIdea").list()) {
      boolean implemented = !"B".equals(taskService().getVariable(evaluation.getId(), "ideaId"));
      complete(evaluation, withVariables("implemented", implemented, "effect", "seen in the scores"));
    }
    assertThat(second).hasPassed("EvaluateIdea").isWaitingAt("RunImprovementMeeting");
    cycleProcess.votes.put("M", 0L);
    complete(task(second));
    complete(task(second), withVariables("actor", "mike"));

    assertThat(second).isWaitingAt("CarryOutIdea").hasPassed("LongTermGateway").hasNotPassed("PreparePlan");
    for (Task carry : taskQuery().processInstanceId(second.getId()).taskDefinitionKey("CarryOutIdea").list()) {
      complete(carry);
    }

    assertThat(second).hasPassed("ChosenIdeasFollowedUp", "CloseCycle", "CycleClosed").isEnded();
    assertThat(cycleProcess.calls).containsExactly(
        "open cycle-1",
        "agenda cycle-1: evaluate [], backlog [A, B, C, L, M]",
        "rule picks [A, B, L]",
        "chosen [A, B, L] by mike",
        "plan for L: Pilot in one team first",
        "done A",
        "close cycle-1",
        "open cycle-2",
        "agenda cycle-2: evaluate [A, B, L], backlog [C, M]",
        cycleProcess.calls.get(9), cycleProcess.calls.get(10), cycleProcess.calls.get(11),
        "rule picks [B, C]",
        "chosen [B, C] by mike",
        cycleProcess.calls.get(14), cycleProcess.calls.get(15),
        "close cycle-2");
    assertThat(cycleProcess.calls.subList(9, 12)).containsExactlyInAnyOrder("evaluate A implemented", "evaluate B not implemented",
        "evaluate L implemented");
    assertThat(cycleProcess.calls.subList(14, 16)).containsExactlyInAnyOrder("done B", "done C");
  }

  @Test
  void a_scheduled_start_while_a_cycle_runs_ends_at_once_and_is_recorded() {
    cycleProcess.startByHand(runtimeService());

    ClockUtil.setCurrentTime(new Date(start.getTime() + 42 * DAY));
    execute(scheduleJob());

    assertThat(cycleProcess.calls).containsExactly("open cycle-1", "agenda cycle-1: evaluate [], backlog []", "skipped while cycle-1 runs");
    assertThat(processInstanceQuery().count()).isEqualTo(1);
    assertThat(instanceOf("cycle-1")).isWaitingAt("RunImprovementMeeting");
  }

  @Test
  void the_facilitator_may_choose_other_ideas_than_the_rule() {
    cycleProcess.idea("A", Horizon.SHORT_TERM, 5);
    cycleProcess.idea("B", Horizon.SHORT_TERM, 1);
    cycleProcess.startByHand(runtimeService());
    ProcessInstance cycle = instanceOf("cycle-1");
    complete(task(cycle));

    complete(task(cycle), withVariables("chosenIdeas", "B", "overrideReason", "A needs the new phone system first", "actor", "mike"));

    assertThat(cycleProcess.calls).contains("rule picks [A, B]", "chosen [B] by mike");
    assertThat(task("CarryOutIdea", cycle)).isAssignedTo("owner-of-B");
  }

  @Test
  void a_cycle_where_nothing_was_chosen_closes_after_the_selection() {
    cycleProcess.idea("A", Horizon.SHORT_TERM, 0);
    cycleProcess.startByHand(runtimeService());
    ProcessInstance cycle = instanceOf("cycle-1");
    complete(task(cycle));

    complete(task(cycle), withVariables("actor", "mike"));

    assertThat(cycle).hasPassed("FollowUpChosenIdeas", "CycleClosed").isEnded();
    assertThat(cycleProcess.calls).endsWith("rule picks []", "chosen [] by mike", "close cycle-1");
  }

  private ProcessInstance instanceOf(String cycleId) {
    return processInstanceQuery().processInstanceBusinessKey(cycleId).singleResult();
  }

  private static Job scheduleJob() {
    return managementService().createJobQuery().timers().list().stream()
        .filter(job -> job.getProcessInstanceId() == null)
        .findFirst().orElseThrow();
  }
}
