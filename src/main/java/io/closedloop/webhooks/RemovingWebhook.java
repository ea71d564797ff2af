package io.closedloop.webhooks;

import io.closedloop.settings.SettingsAudit;
import io.closedloop.shared.NotFoundException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin removes a webhook endpoint: it hears of nothing more, and calls still waiting for a
 * retry fail, since its secret no longer signs. Its delivery log stays; the settings audit records
 * the removal. Removing it again changes nothing.
 */
@Service
public class RemovingWebhook {

  private final EndpointRecords endpoints;
  private final SettingsAudit audit;
  private final Clock clock;

  RemovingWebhook(EndpointRecords endpoints, SettingsAudit audit, Clock clock) {
    this.endpoints = endpoints;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public void remove(UUID endpointId, String by) {
    Endpoint endpoint = endpoints.find(endpointId).orElseThrow(() -> new NotFoundException("No webhook " + endpointId));
    if (endpoint.isActive()) {
      endpoints.remove(endpointId, by, clock.instant());
      audit.record(Endpoint.SETTINGS_PAGE, by, endpoint.auditSubject(), endpoint.auditText(), null);
    }
  }
}
