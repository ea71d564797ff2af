/** In-app notifications: the alarm, a new assignment, the reminder and each escalation reach the right people. */
package io.closedloop.notifications;
