package io.closedloop.cases.process;

import static io.closedloop.cases.process.CaseVariables.*;

import io.closedloop.cases.CaseActionNotAllowed;
import io.closedloop.cases.CaseId;
import io.closedloop.cases.CaseWorkflow;
import io.closedloop.cases.LogContactAttempt;
import io.closedloop.cases.OpenCase;
import io.closedloop.cases.ResolveCase;
import io.closedloop.workflow.ProcessKeys;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The case's process on the engine: started with the case id as business key, driven through its user tasks. */
@Component
class CamundaCaseWorkflow implements CaseWorkflow {

  private final RuntimeService runtime;
  private final TaskService tasks;

  CamundaCaseWorkflow(RuntimeService runtime, TaskService tasks) {
    this.runtime = runtime;
    this.tasks = tasks;
  }

  @Override
  public void start(CaseId caseId, OpenCase facts, boolean alarming) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CASE_ID, caseId.toString());
    variables.put(SCORE, facts.score());
    variables.put(TOUCHPOINT, facts.touchpoint());
    variables.put(TEAM, facts.team());
    variables.put(SEGMENT, facts.segment());
    variables.put(ALARMING, alarming);
    variables.put(ACCOUNT_OWNER, facts.accountOwner());
    variables.put(SERVICE_PREFERENCE, facts.servicePreference() == null ? "unknown" : facts.servicePreference());
    variables.put(SERVICE_HINT, facts.servicePreferenceHint() == null ? "Ask how the customer would like to be helped." : facts.servicePreferenceHint());
    variables.put(COMMENT, facts.comment() == null ? "" : facts.comment());
    runtime.startProcessInstanceByKey(ProcessKeys.DETRACTOR_CASE, caseId.toString(), variables);
  }

  @Override
  public void ownerChanged(CaseId caseId, String owner) {
    for (Task task : openTasks(caseId)) {
      runtime.setVariable(task.getProcessInstanceId(), OWNER, owner);
      if (!CaseTasks.REVIEW_ALARM.equals(task.getTaskDefinitionKey()) && !java.util.Objects.equals(owner, task.getAssignee())) {
        tasks.setAssignee(task.getId(), owner);
      }
    }
  }

  @Override
  public void contactAttempted(CaseId caseId, LogContactAttempt attempt) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CHANNEL, attempt.channel().name());
    variables.put(REACHED, attempt.reached());
    variables.put(NOTE, attempt.note());
    variables.put(ACTOR, attempt.by());
    tasks.complete(openTask(caseId, CaseTasks.CALL_BACK).getId(), variables);
  }

  @Override
  public void resolutionSubmitted(CaseId caseId, ResolveCase resolution) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ROOT_CAUSE, resolution.rootCause());
    variables.put(OUTCOME, resolution.outcome().name());
    variables.put(NOTES, resolution.notes());
    variables.put(CLOSE_THE_LOOP_MESSAGE, resolution.closeTheLoopMessage());
    variables.put(CLOSE_THE_LOOP_CHANNEL, resolution.closeTheLoopChannel().name());
    variables.put(ACTOR, resolution.by());
    if (resolution.idea() != null) {
      variables.put(IDEA_ID, resolution.idea().existingIdea() == null ? null : resolution.idea().existingIdea().toString());
      variables.put(IDEA_TITLE, resolution.idea().title());
      variables.put(IDEA_DESCRIPTION, resolution.idea().description());
      variables.put(IDEA_HORIZON, resolution.idea().horizon() == null ? null : resolution.idea().horizon().name());
    }
    tasks.complete(openTask(caseId, CaseTasks.RESOLVE).getId(), variables);
  }

  @Override
  public boolean awaitsAlarmReview(CaseId caseId) {
    return tasks.createTaskQuery().processInstanceBusinessKey(caseId.toString()).taskDefinitionKey(CaseTasks.REVIEW_ALARM).active().count() > 0;
  }

  @Override
  public void alarmReviewed(CaseId caseId, String action, String by) {
    Task task = openTask(caseId, CaseTasks.REVIEW_ALARM);
    tasks.setAssignee(task.getId(), by);
    tasks.complete(task.getId(), Map.of(ALARM_ACTION, action, ACTOR, by));
  }

  private java.util.List<Task> openTasks(CaseId caseId) {
    return tasks.createTaskQuery().processInstanceBusinessKey(caseId.toString()).active().list();
  }

  private Task openTask(CaseId caseId, String taskKey) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseId.toString()).taskDefinitionKey(taskKey).active().singleResult();
    if (task == null) {
      throw new CaseActionNotAllowed("The case's process is not waiting for this step now");
    }
    return task;
  }
}
