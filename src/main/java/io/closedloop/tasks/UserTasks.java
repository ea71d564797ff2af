package io.closedloop.tasks;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The open user tasks of the processes; implemented on the process engine in {@code tasks/process}. */
public interface UserTasks {

  /** The tasks without a page of their own that the worker may work: assigned to them, or unassigned with them as a candidate. */
  List<UserTask> workableBy(TaskWorker worker);

  /** The open tasks of the case's process that have no page of their own. */
  List<UserTask> ofCase(String caseId);

  /** Any open task. */
  Optional<UserTask> find(String taskId);

  /** The open task {@code taskKey} of the process with this business key, if the process waits there. */
  Optional<UserTask> openStep(String businessKey, String taskKey);

  /** The variables the task sees, as plain values (JSON as lists and maps), for its form's texts and choices. */
  Map<String, Object> variables(String taskId);

  /** Completes the task with the form's values, done by {@code by}; the process moves on in this transaction. */
  void complete(String taskId, Map<String, Object> values, String by);
}
