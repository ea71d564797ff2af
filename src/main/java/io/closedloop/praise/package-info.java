/**
 * Praise: promoters' words sent to the employees they name, and each staff member's own page ({@code /me}).
 *
 * <p>Owns the tables {@code praise} and {@code praise_recipient}. Read in SQL by {@code intake}
 * (who an employee code praises, in the statement that routes an answer) and {@code metrics}.
 */
package io.closedloop.praise;
