/**
 * The user tasks of any process that ClosedLoop has no page of its own for (a designer's new step in
 * a case, a light follow-up task): listed for whoever may work them, shown with the Camunda Form
 * deployed with them, completed after checking that form.
 */
package io.closedloop.tasks;
