/**
 * Alerts by mail: alarms, assignments, reminders and escalations also leave as mail, per person
 * at once, in a daily digest or not at all ({@link io.closedloop.notifications.mail.AlertMailSettings}),
 * and outside their working hours only when those begin ({@link io.closedloop.notifications.mail.QuietHours}).
 * Mail leaves through the outbox.
 *
 * <p>Owns the tables {@code alert_mail_setting} and {@code alert_digest_item}.
 */
package io.closedloop.notifications.mail;
