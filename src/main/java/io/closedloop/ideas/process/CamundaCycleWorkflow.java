package io.closedloop.ideas.process;

import static io.closedloop.ideas.process.CycleVariables.*;

import io.closedloop.ideas.ConfirmSelection;
import io.closedloop.ideas.CycleWorkflow;
import io.closedloop.ideas.EvaluateIdea;
import io.closedloop.ideas.IdeaActionNotAllowed;
import io.closedloop.shared.ConflictException;
import io.closedloop.shared.InvalidInputException;
import io.closedloop.shared.NotFoundException;
import io.closedloop.workflow.ProcessKeys;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The improvement cycle on the engine: started with the cycle id as business key, driven through its user tasks like Tasklist does. */
@Component
class CamundaCycleWorkflow implements CycleWorkflow {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final CommandExecutor commands;

  CamundaCycleWorkflow(RuntimeService runtime, TaskService tasks, IdentityService identity,
      ProcessEngineConfigurationImpl configuration) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.commands = configuration.getCommandExecutorTxRequired();
  }

  @Override
  public void start(UUID cycleId) {
    runtime.startProcessInstanceByMessage(STARTED_BY_HAND, cycleId.toString(), Map.of(CYCLE_ID, cycleId.toString()));
  }

  @Override
  public void nextCycleOpened(UUID earlierCycleId) {
    runtime.createMessageCorrelation(NEXT_CYCLE_OPENED).processInstanceBusinessKey(earlierCycleId.toString()).correlateAll();
  }

  @Override
  public void closeMeeting(UUID cycleId, String by) {
    complete(only(cycleId, RUN_MEETING), new HashMap<>(), by);
  }

  @Override
  public void confirmSelection(ConfirmSelection selection) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CHOSEN_IDEAS, selection.ideaIds() == null ? null : selection.ideaIds().stream().map(UUID::toString).collect(Collectors.joining(",")));
    variables.put(OVERRIDE_REASON, selection.reason());
    variables.put(OWNERS, selection.owners() == null ? null : selection.owners().entrySet().stream()
        .map(owner -> owner.getKey() + "=" + owner.getValue()).collect(Collectors.joining(",")));
    variables.put(WORKING_GROUP, selection.workingGroup() == null ? null : String.join(",", selection.workingGroup()));
    complete(only(selection.cycleId(), CONFIRM_SELECTION), variables, selection.by());
  }

  @Override
  public void submitEvaluation(EvaluateIdea evaluation) {
    Task task = forIdea(tasks.createTaskQuery().processInstanceBusinessKey(evaluation.cycleId().toString())
        .taskDefinitionKey(EVALUATE_IDEA).active().list(), evaluation.ideaId())
        .orElseThrow(() -> new IdeaActionNotAllowed("The cycle is not waiting for the evaluation of idea " + evaluation.ideaId()));
    Map<String, Object> variables = new HashMap<>();
    variables.put(IMPLEMENTED, evaluation.implemented());
    variables.put(EFFECT, evaluation.effect());
    complete(task, variables, evaluation.by());
  }

  @Override
  public boolean carryOutTaskDone(UUID ideaId, String note, String by) {
    Optional<Task> task = forIdea(tasks.createTaskQuery().processDefinitionKey(ProcessKeys.IMPROVEMENT_CYCLE)
        .taskDefinitionKey(CARRY_OUT_IDEA).active().list(), ideaId);
    task.ifPresent(found -> {
      Map<String, Object> variables = new HashMap<>();
      variables.put(DONE_NOTE, note);
      complete(found, variables, by);
    });
    return task.isPresent();
  }

  @Override
  public boolean planTaskDone(UUID ideaId, String plan, String by) {
    Optional<Task> task = tasks.createTaskQuery().processDefinitionKey(ProcessKeys.IMPROVEMENT_CYCLE)
        .taskDefinitionKey(PREPARE_PLAN).active().list().stream()
        .filter(candidate -> ideaId.toString().equals(tasks.getVariable(candidate.getId(), LONG_TERM_IDEA)))
        .findFirst();
    task.ifPresent(found -> {
      Map<String, Object> variables = new HashMap<>();
      variables.put(PLAN, plan);
      complete(found, variables, by);
    });
    return task.isPresent();
  }

  @Override
  public List<OpenTask> openTasks(UUID cycleId) {
    return tasks.createTaskQuery().processInstanceBusinessKey(cycleId.toString()).active().orderByTaskCreateTime().asc().list().stream()
        .map(task -> new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), ideaOf(task), task.getAssignee(),
            tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(link -> link.getUserId() != null ? link.getUserId() : "group:" + link.getGroupId())
                .toList(),
            task.getDueDate() == null ? null : task.getDueDate().toInstant()))
        .toList();
  }

  private UUID ideaOf(Task task) {
    Object ideaId = tasks.getVariable(task.getId(), PREPARE_PLAN.equals(task.getTaskDefinitionKey()) ? LONG_TERM_IDEA : IDEA_ID);
    return ideaId == null ? null : UUID.fromString(ideaId.toString());
  }

  private Optional<Task> forIdea(List<Task> candidates, UUID ideaId) {
    return candidates.stream().filter(task -> ideaId.toString().equals(tasks.getVariable(task.getId(), IDEA_ID))).findFirst();
  }

  private Task only(UUID cycleId, String taskKey) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(cycleId.toString()).taskDefinitionKey(taskKey).active().singleResult();
    if (task == null) {
      throw new IdeaActionNotAllowed("The cycle is not waiting for this step now");
    }
    return task;
  }

  /**
   * Completes a task as the given user, the way Tasklist does (the user is the engine's current
   * authentication, so the listeners know who did it), without that user's engine authorizations:
   * our use cases have checked the rules. A rule broken in the use case the task applies reaches
   * the caller as itself.
   */
  private void complete(Task task, Map<String, Object> variables, String by) {
    identity.setAuthenticatedUserId(by);
    try {
      commands.execute(context -> context.runWithoutAuthorization(() -> {
        tasks.complete(task.getId(), variables);
        return null;
      }));
    } catch (RuntimeException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof ConflictException || cause instanceof InvalidInputException || cause instanceof NotFoundException) {
          throw (RuntimeException) cause;
        }
      }
      throw e;
    } finally {
      identity.clearAuthentication();
    }
  }
}
