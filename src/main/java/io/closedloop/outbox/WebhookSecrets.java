package io.closedloop.outbox;

import java.util.Optional;
import java.util.UUID;

/** The signing secret ({@code whsec_...}) of a webhook endpoint; empty once the endpoint is removed. */
public interface WebhookSecrets {

  Optional<String> secretOf(UUID endpointId);
}
