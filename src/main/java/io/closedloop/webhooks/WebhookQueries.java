package io.closedloop.webhooks;

import io.closedloop.outbox.Channel;
import io.closedloop.outbox.MessageStatus;
import io.closedloop.outbox.OutboxMessage;
import io.closedloop.outbox.OutboxQueries;
import io.closedloop.shared.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The webhook endpoints and each one's delivery log, as the API and the settings page show them. */
@Service
@Transactional(readOnly = true)
public class WebhookQueries {

  private final EndpointRecords endpoints;
  private final OutboxQueries outbox;

  WebhookQueries(EndpointRecords endpoints, OutboxQueries outbox) {
    this.endpoints = endpoints;
    this.outbox = outbox;
  }

  /** Every endpoint, active ones first; removed ones stay for their delivery log. */
  public List<WebhookView> all() {
    return endpoints.all().stream().map(Endpoint::view).toList();
  }

  /** The endpoints that hear of events now. */
  public List<WebhookView> active() {
    return endpoints.all().stream().filter(Endpoint::isActive).map(Endpoint::view).toList();
  }

  public WebhookView one(UUID endpointId) {
    return endpoint(endpointId).view();
  }

  /** An endpoint's calls, newest first, optionally only those of one status. */
  public Page<DeliveryView> deliveries(UUID endpointId, MessageStatus status, Pageable page) {
    endpoint(endpointId);
    return outbox.messages(Channel.WEBHOOK, status, endpointId, page).map(this::view);
  }

  public DeliveryView delivery(UUID endpointId, UUID deliveryId) {
    return view(message(endpointId, deliveryId));
  }

  OutboxMessage message(UUID endpointId, UUID deliveryId) {
    return outbox.message(deliveryId).filter(message -> endpointId.equals(message.endpointId()))
        .orElseThrow(() -> new NotFoundException("No delivery " + deliveryId + " of webhook " + endpointId));
  }

  Endpoint endpoint(UUID endpointId) {
    return endpoints.find(endpointId).orElseThrow(() -> new NotFoundException("No webhook " + endpointId));
  }

  private DeliveryView view(OutboxMessage message) {
    return new DeliveryView(message.id(), message.webhookId(), message.topic(), message.caseId(), message.status(), message.attempts(), message.lastError(),
        message.createdAt(), message.sentAt(), message.status() == MessageStatus.QUEUED ? message.notBefore() : null,
        outbox.attempts(message.id()));
  }
}
