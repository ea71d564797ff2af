package io.closedloop.tasks.web;

import io.closedloop.forms.FormSubmission;
import io.closedloop.tasks.CompletingTask;
import io.closedloop.tasks.CompletingTask.CompleteTask;
import io.closedloop.tasks.TaskWorker;
import io.closedloop.tasks.UserTask;
import io.closedloop.web.WebPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My tasks" ({@code /tasks}): the open tasks without a page of their own that the user may work,
 * from any process; and one task ({@code /tasks/{taskId}}) with its deployed form to complete it. A
 * form sent with mistakes comes back with them (422); a completed task of a case leads back to the case.
 */
@Controller
@WebPage
class TaskPage {

  private final TaskSections sections;
  private final CompletingTask completing;
  private final MessageSource messages;

  TaskPage(TaskSections sections, CompletingTask completing, MessageSource messages) {
    this.sections = sections;
    this.completing = completing;
    this.messages = messages;
  }

  @GetMapping("/tasks")
  String list(Authentication user, Model model) {
    model.addAttribute("section", "tasks");
    model.addAttribute("tasks", sections.workableBy(user));
    return "tasks/tasks";
  }

  @GetMapping("/tasks/{taskId}")
  String show(@PathVariable String taskId, Authentication user, Model model) {
    return page(taskId, user, model, null);
  }

  @PostMapping("/tasks/{taskId}")
  String complete(@PathVariable String taskId, HttpServletRequest request, Authentication user, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    TaskWorker worker = TaskSections.workerOf(user);
    UserTask task = completing.workable(taskId, worker);
    FormSubmission submission = completing.complete(new CompleteTask(taskId, parameters(request), worker));
    if (!submission.isValid()) {
      response.setStatus(422);
      return page(taskId, user, model, submission);
    }
    redirect.addFlashAttribute("notice", messages.getMessage("tasks.notice.completed", new Object[] {task.title()},
        LocaleContextHolder.getLocale()));
    return task.caseId() == null ? "redirect:/tasks" : "redirect:/cases/" + task.caseId();
  }

  private String page(String taskId, Authentication user, Model model, FormSubmission submission) {
    TaskWorker worker = TaskSections.workerOf(user);
    UserTask task = completing.workable(taskId, worker);
    model.addAttribute("section", "tasks");
    model.addAttribute("taskSection", sections.section(task, worker, submission));
    model.addAttribute("invalid", submission != null && !submission.isValid());
    return "tasks/task";
  }

  private static Map<String, List<String>> parameters(HttpServletRequest request) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
    return parameters;
  }
}
