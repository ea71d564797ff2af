/**
 * Reference data that several modules read: the codes a response carries (touchpoints, teams,
 * employees, products, countries, segments) with their labels, and the root-cause taxonomy.
 * Intake registers codes on first use; admins rename them in the settings.
 *
 * <p>Owns tables: reference_code, root_cause.
 */
package io.closedloop.reference;
