/**
 * In-app notifications: the alarm, a new assignment, the reminder and each escalation reach the right people (cases
 * publishes {@link io.closedloop.cases.CaseNoticeIssued}, delivered here in its transaction), and
 * by mail too as each person chose ({@code notifications.mail}).
 *
 * <p>Owns the table {@code notification} ({@code notifications.mail} owns the alert mail tables).
 */
package io.closedloop.notifications;
