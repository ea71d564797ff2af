/**
 * The detractor-case process's side of the engine: the {@code caseProcess} adapter the BPMN calls,
 * the variables and user tasks of the process, the guard that holds a step taken in Tasklist to
 * the case's rules, and the engine implementations of the cases module's ports
 * ({@link io.closedloop.cases.CaseWorkflow}, {@link io.closedloop.cases.EscalationLadder},
 * {@link io.closedloop.cases.PriorityRule}).
 */
package io.closedloop.cases.process;
