/**
 * In-app notifications: the alarm, a new assignment, the reminder and each escalation reach the right people (cases
 * publishes {@link io.closedloop.cases.CaseNoticeIssued}, delivered here in its transaction), and
 * by mail too as each person chose ({@code notifications.mail}).
 */
package io.closedloop.notifications;
