/**
 * Mail to customers: the templates per kind, language and service preference
 * ({@link io.closedloop.customermail.MailTemplates}), who may be mailed and why not
 * ({@link io.closedloop.customermail.CustomerMailbox}), opting out by an agent or by the
 * unsubscribe link every customer mail carries, and the signed links in those mails
 * ({@link io.closedloop.customermail.LinkTokens}). Mail leaves through the outbox.
 *
 * <p>Owns the tables {@code mail_template}, {@code customer_mail_opt_out} and
 * {@code link_signing_key}; reads the customer's address and language from intake's tables.
 */
package io.closedloop.customermail;
