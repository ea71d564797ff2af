package io.closedloop.workflow;

/** The variables every user task of every process is completed with, whichever page or API completes it. */
public final class TaskVariables {

  /** Who completed the task, as a task-local variable: the worker our pages name. */
  public static final String ACTOR = "actor";

  private TaskVariables() {}
}
