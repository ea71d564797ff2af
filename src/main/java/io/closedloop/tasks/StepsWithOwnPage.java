package io.closedloop.tasks;

import java.util.Set;

/**
 * Which steps of a process a module's own page works (the case page's call back, resolve and alarm
 * review): they are marked on the task and left out of the generic task lists. The module that owns
 * such a page answers it.
 */
public interface StepsWithOwnPage {

  /** Whether the user task {@code taskKey} of the process {@code processKey} has a page of its own. */
  boolean has(String processKey, String taskKey);

  /**
   * The task keys of those steps, for the engine to leave them out of a list before reading it; a
   * step of another process is left out with them when it bears one of these keys.
   */
  Set<String> taskKeys();
}
