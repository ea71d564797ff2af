/**
 * Intake: NPS responses come in (single, batch, CSV), are validated and classified, stored
 * once by their external id, and every detractor opens a case. Customers and the reference
 * codes (touchpoints, teams, employees, products, countries, segments) are registered here.
 */
package io.closedloop.intake;
