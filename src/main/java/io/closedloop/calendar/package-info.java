/**
 * The business calendar that case deadlines, reminders, escalations and retries are computed
 * with: a team's working days and hours in its time zone, the public holidays of its country and
 * the company's closing days. Knows nothing of the process engine.
 *
 * <p>Owns the tables {@code team_calendar} and {@code closing_day}.
 */
package io.closedloop.calendar;
