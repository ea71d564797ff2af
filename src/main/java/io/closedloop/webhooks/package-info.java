/**
 * Outbound webhooks: endpoints that admins register hear of cases and ideas as they happen (a case
 * opened, alarming, escalated or resolved; an idea selected or done), in the Standard Webhooks
 * format or as a Slack or Teams message, signed with the endpoint's secret and sent through the
 * outbox at least once, with a day of retries, a delivery log and replay.
 *
 * <p>Owns the table {@code webhook_endpoint}. Learns of what happens from the past-tense events of
 * {@code cases} and {@code ideas}, in their transactions, and queues its calls with
 * {@link io.closedloop.outbox.Outbox}; the outbox holds the calls and their attempts.
 */
package io.closedloop.webhooks;
