package io.closedloop.webhooks;

import io.closedloop.outbox.ResendingMessage;
import io.closedloop.shared.ConflictException;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin sends a sent or failed call again: the same body under the same {@code webhook-id}, so a
 * receiver that has it already can drop it, with a fresh day of retries.
 */
@Service
public class ReplayingWebhookDelivery {

  private final WebhookQueries queries;
  private final ResendingMessage resending;

  ReplayingWebhookDelivery(WebhookQueries queries, ResendingMessage resending) {
    this.queries = queries;
    this.resending = resending;
  }

  @Transactional
  public void replay(UUID endpointId, UUID deliveryId) {
    Endpoint endpoint = queries.endpoint(endpointId);
    queries.message(endpointId, deliveryId);
    if (!endpoint.isActive()) {
      throw new ConflictException("The webhook was removed; its calls are not sent again");
    }
    resending.resend(deliveryId);
  }
}
