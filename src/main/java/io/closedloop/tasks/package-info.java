/**
 * The user tasks of any process that ClosedLoop has no page of its own for (a designer's new step in
 * a case, a light follow-up task): listed for whoever may work them, shown with the Camunda Form
 * deployed with them, completed after checking that form.
 *
 * <p>Owns no table: the tasks are the engine's. Adds one partial index to the engine's task table,
 * of the tasks without a page of their own ({@code process/GenericTasks}), so that a worker's list
 * does not read every open case's step.
 */
package io.closedloop.tasks;
