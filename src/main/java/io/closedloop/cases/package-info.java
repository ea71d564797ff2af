/**
 * Cases: every detractor becomes a case that a named person owns until the loop with the
 * customer is closed: call-back deadline, escalation, contact attempts, resolution and the
 * timeline of everything that happened. Knows nothing of the process engine; the
 * {@link io.closedloop.cases.CaseWorkflow} port is implemented in {@code cases/process}.
 */
package io.closedloop.cases;
