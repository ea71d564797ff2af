package io.closedloop.tasks;

import java.time.Instant;
import java.util.List;

/**
 * One open user task of a process.
 *
 * @param key the task's id in the BPMN (its definition key)
 * @param caseId the case whose process it belongs to, or null for a task outside cases
 * @param ownHandling whether ClosedLoop's case page works it with a form of its own (call back, resolve, review alarm)
 */
public record UserTask(String id, String key, String name, String processKey, String processName, String businessKey, String caseId,
    String assignee, List<String> candidateUsers, List<String> candidateGroups, Instant created, Instant due, boolean ownHandling) {

  /** The assignee works it; while nobody is assigned, any candidate (user or member of a candidate group) does; admins always. */
  public boolean mayBeWorkedBy(TaskWorker worker) {
    if (worker.admin() || worker.userId().equals(assignee)) {
      return true;
    }
    return assignee == null && (candidateUsers.contains(worker.userId()) || candidateGroups.stream().anyMatch(worker.groups()::contains));
  }

  /** The name to show: the task's name, else its id. */
  public String title() {
    return name == null || name.isBlank() ? key : name;
  }
}
