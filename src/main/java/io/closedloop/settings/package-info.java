/**
 * What admins set on the settings page (KPI targets, alarm words, reference data, teams, lifted login throttles), each change audited.
 *
 * <p>Owns the tables {@code app_setting} and {@code settings_audit}.
 */
package io.closedloop.settings;
