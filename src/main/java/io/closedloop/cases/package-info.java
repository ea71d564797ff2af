/**
 * Cases: every detractor becomes a case that a named person owns until the loop with the
 * customer is closed: call-back deadline, escalation, contact attempts, resolution and the
 * timeline of everything that happened. Knows nothing of the process engine; the
 * {@link io.closedloop.cases.CaseWorkflow} port is implemented in {@code cases/process}.
 *
 * <p>Owns the tables {@code detractor_case}, {@code case_event}, {@code contact_attempt} and
 * {@code case_answer}. Read in SQL, joined for speed, by {@code metrics} (drill-down lists,
 * re-survey figures; its {@code case_fact} read model is kept from them by triggers),
 * {@code praise} (a staff member's own loyalty figures), {@code ideas} (the cases and customers
 * behind an idea), {@code intake} (an answer's routing to its customer's open case under the
 * customer's lock, the list of responses, a follow-up answer), {@code demo} (its sample), and by
 * the personal-data holders of {@code customers}, {@code intake}, {@code connectors},
 * {@code outbox} and {@code notifications} (a customer's cases, within the erasure's one
 * transaction). Others ask through {@link io.closedloop.cases.CaseQueries},
 * {@link io.closedloop.cases.NotifiedCases} and the ports this module implements
 * ({@link io.closedloop.intake.DetractorCases}, {@link io.closedloop.ideas.ResolvedRootCauses}).
 */
package io.closedloop.cases;
