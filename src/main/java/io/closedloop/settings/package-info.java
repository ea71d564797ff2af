/** What admins set on the settings page (KPI targets, alarm words, reference data, teams, lifted login throttles), each change audited. */
package io.closedloop.settings;
