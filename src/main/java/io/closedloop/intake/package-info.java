/**
 * Intake: NPS responses come in (single, batch, CSV), are validated and classified, stored
 * once by their external id, and every detractor opens a case. Customers are registered here,
 * and the reference codes a response carries through {@code reference}.
 */
package io.closedloop.intake;
