/**
 * Everything that leaves ClosedLoop for the outside world, mail and webhook calls, leaves through
 * this module's transactional outbox: written in the transaction of the change that caused it
 * ({@link io.closedloop.outbox.Outbox}) and sent afterwards, at least once, by
 * {@link io.closedloop.outbox.SendingOutbox} with retries and backoff. A message's id stays the same
 * across retries: it is the mail's {@code Message-ID} and the webhook's {@code webhook-id}, so a
 * receiver can drop a duplicate.
 *
 * <p>Owns the tables {@code outbox_message} and {@code outbox_attempt}. Others ask through
 * {@link io.closedloop.outbox.Outbox} and {@link io.closedloop.outbox.OutboxQueries}, and learn of
 * each change of a message's state from {@link io.closedloop.outbox.OutboxMessageChanged}.
 */
package io.closedloop.outbox;
