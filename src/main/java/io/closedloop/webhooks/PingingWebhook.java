package io.closedloop.webhooks;

import io.closedloop.shared.ConflictException;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An admin sends an endpoint a test event ({@code ping}), signed and retried like any other; answers the delivery's id. */
@Service
public class PingingWebhook {

  private final WebhookQueries queries;
  private final Occurrences occurrences;
  private final WebhookCalls calls;

  PingingWebhook(WebhookQueries queries, Occurrences occurrences, WebhookCalls calls) {
    this.queries = queries;
    this.occurrences = occurrences;
    this.calls = calls;
  }

  @Transactional
  public UUID ping(UUID endpointId) {
    Endpoint endpoint = queries.endpoint(endpointId);
    if (!endpoint.isActive()) {
      throw new ConflictException("The webhook was removed");
    }
    return calls.queue(endpoint, occurrences.ping(endpointId));
  }
}
