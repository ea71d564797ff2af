package io.closedloop.tasks;

/**
 * Which steps of a process a module's own page works (the case page's call back, resolve and alarm
 * review): they are marked on the task and left out of the generic task lists. The module that owns
 * such a page answers it.
 */
public interface StepsWithOwnPage {

  /** Whether the user task {@code taskKey} of the process {@code processKey} has a page of its own. */
  boolean has(String processKey, String taskKey);
}
