/**
 * Reference data that several modules read: the codes a response carries (touchpoints, teams,
 * employees, products, countries, segments) with their labels, and the root-cause taxonomy.
 * Intake registers codes on first use; admins rename them in the settings.
 *
 * <p>Owns the tables {@code reference_code} and {@code root_cause}. Read in SQL, joined for speed,
 * by {@code metrics} (the root-cause Pareto) and {@code ideas} (the root causes of a cycle's
 * choices) for the labels; {@code intake}'s backfill import registers codes in bulk with one
 * statement.
 */
package io.closedloop.reference;
