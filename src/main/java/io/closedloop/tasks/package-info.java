/**
 * The user tasks of any process that ClosedLoop has no page of its own for (a designer's new step in
 * a case, a light follow-up task): listed for whoever may work them, shown with the Camunda Form
 * deployed with them, completed after checking that form.
 *
 * <p>Owns no table: the tasks are the engine's.
 */
package io.closedloop.tasks;
