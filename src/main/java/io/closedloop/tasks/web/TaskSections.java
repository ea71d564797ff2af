package io.closedloop.tasks.web;

import io.closedloop.forms.FormRenderer;
import io.closedloop.forms.FormRenderer.RenderedForm;
import io.closedloop.forms.FormSubmission;
import io.closedloop.identity.Authorities;
import io.closedloop.identity.Role;
import io.closedloop.tasks.CompletingTask;
import io.closedloop.tasks.TaskWorker;
import io.closedloop.tasks.UserTask;
import io.closedloop.tasks.UserTasks;
import java.util.HashSet;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Open tasks without a page of their own as a page shows them: the task, its deployed form ready to
 * fill in, and whether the reader may complete it. The case page shows its case's tasks this way.
 */
@Component
public class TaskSections {

  private final UserTasks tasks;
  private final CompletingTask completing;
  private final FormRenderer renderer;

  TaskSections(UserTasks tasks, CompletingTask completing, FormRenderer renderer) {
    this.tasks = tasks;
    this.completing = completing;
    this.renderer = renderer;
  }

  /** The open generic tasks of a case's process. */
  public List<TaskSection> ofCase(String caseId, Authentication user) {
    TaskWorker worker = workerOf(user);
    return tasks.ofCase(caseId).stream().map(task -> section(task, worker, null)).toList();
  }

  /** The tasks the user may work now. */
  public List<UserTask> workableBy(Authentication user) {
    return tasks.workableBy(workerOf(user));
  }

  TaskSection section(UserTask task, TaskWorker worker, FormSubmission submission) {
    RenderedForm form = renderer.render(completing.formOf(task), tasks.variables(task.id()), submission);
    return new TaskSection(task, form, task.mayBeWorkedBy(worker));
  }

  static TaskWorker workerOf(Authentication user) {
    return new TaskWorker(user.getName(), new HashSet<>(Authorities.groupIds(user.getAuthorities())),
        user.getAuthorities().stream().anyMatch(authority -> Role.ADMIN.authority().equals(authority.getAuthority())));
  }

  /** One task with its form. */
  public record TaskSection(UserTask task, RenderedForm form, boolean canComplete) {

    /** The HTML id of the task's form on a page. */
    public String formId() {
      return "task-form-" + task.id();
    }
  }
}
