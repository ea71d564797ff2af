/**
 * The case facts held in memory for the closed-loop figures: {@link io.closedloop.metrics.facts.CaseFactColumns},
 * a column store of one slot per case, and {@link io.closedloop.metrics.facts.CaseFactMirror}, which keeps
 * it equal to the committed {@code case_fact} table.
 */
package io.closedloop.metrics.facts;
