package io.closedloop.webhooks;

import io.closedloop.outbox.WebhookSecrets;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Gives the outbox the secret that signs an endpoint's calls, as long as the endpoint is not removed. */
@Component
class EndpointSecrets implements WebhookSecrets {

  private final EndpointRecords endpoints;

  EndpointSecrets(EndpointRecords endpoints) {
    this.endpoints = endpoints;
  }

  @Override
  public Optional<String> secretOf(UUID endpointId) {
    return endpoints.activeSecretOf(endpointId);
  }
}
