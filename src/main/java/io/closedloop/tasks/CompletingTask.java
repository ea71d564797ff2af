package io.closedloop.tasks;

import io.closedloop.forms.DeployedForms;
import io.closedloop.forms.FormDefinition;
import io.closedloop.forms.FormSubmission;
import io.closedloop.shared.NotFoundException;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Someone completes a task that has no page of its own with its deployed form: only its assignee,
 * a candidate while it is unassigned, or an admin; the form's rules are checked first, and a form
 * with mistakes changes nothing.
 */
@Service
public class CompletingTask {

  private static final FormDefinition NO_FORM = new FormDefinition(null, List.of());

  private final UserTasks tasks;
  private final DeployedForms forms;

  CompletingTask(UserTasks tasks, DeployedForms forms) {
    this.tasks = tasks;
    this.forms = forms;
  }

  /** What someone sent through a task's form. */
  public record CompleteTask(String taskId, Map<String, List<String>> submitted, TaskWorker by) {}

  /** The checked submission: valid, and the task completed, or with its errors and the task unchanged. */
  @Transactional
  public FormSubmission complete(CompleteTask command) {
    UserTask task = workable(command.taskId(), command.by());
    FormSubmission submission = FormSubmission.of(formOf(task), command.submitted());
    if (submission.isValid()) {
      tasks.complete(task.id(), submission.values(), command.by().userId());
    }
    return submission;
  }

  /** The open task, if the worker may work it; a task with a page of its own is not completed here. */
  public UserTask workable(String taskId, TaskWorker worker) {
    UserTask task = tasks.find(taskId).filter(found -> !found.ownHandling())
        .orElseThrow(() -> new NotFoundException("No open task " + taskId));
    if (!task.mayBeWorkedBy(worker)) {
      throw new AccessDeniedException("Only the task's assignee, or a candidate while nobody is assigned, completes it");
    }
    return task;
  }

  /** The task's deployed form with the choices its variables give; a task without a Camunda Form has no fields. */
  public FormDefinition formOf(UserTask task) {
    return forms.ofTask(task.id()).map(form -> form.withValuesFrom(tasks.variables(task.id()))).orElse(NO_FORM);
  }
}
