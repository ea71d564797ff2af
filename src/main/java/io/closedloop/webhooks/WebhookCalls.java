package io.closedloop.webhooks;

import io.closedloop.outbox.Outbox;
import io.closedloop.outbox.OutgoingWebhook;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Queues the call that tells an endpoint of an occurrence, in the endpoint's format, in the caller's transaction. */
@Component
class WebhookCalls {

  private final Outbox outbox;

  WebhookCalls(Outbox outbox) {
    this.outbox = outbox;
  }

  UUID queue(Endpoint endpoint, Occurrence occurrence) {
    return outbox.queue(new OutgoingWebhook(endpoint.id(), endpoint.url(), occurrence.event().code(),
        CallBodies.of(endpoint.format(), occurrence), occurrence.caseId()));
  }
}
