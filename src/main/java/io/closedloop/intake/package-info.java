/**
 * Intake: NPS responses come in (single, batch, CSV), are validated and classified, stored
 * once by their external id, and every detractor opens a case. Customers are registered here,
 * and the reference codes a response carries through {@code reference}.
 *
 * <p>Owns the tables {@code response}, {@code customer} and {@code customer_change}. Read in SQL,
 * joined for speed, by {@code cases} (a case's answers, the customer card, the case lists),
 * {@code metrics} (drill-downs, promoter comments, re-survey figures; its {@code nps_daily} read
 * model is kept from {@code response} by triggers), {@code praise}, {@code ideas} (a touchpoint's
 * NPS), {@code customermail} (the customer's address and language), {@code connectors} (mapping,
 * deliveries), {@code customers} (finding a data subject) and {@code demo}. Reads
 * {@code praise_recipient} (praise's) to route praise, and cases' tables as {@code cases} says.
 */
package io.closedloop.intake;
