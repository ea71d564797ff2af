package io.closedloop.webhooks.web;

import io.closedloop.outbox.MessageStatus;
import io.closedloop.webhooks.DeliveryView;
import io.closedloop.webhooks.PingingWebhook;
import io.closedloop.webhooks.RegisteringWebhook;
import io.closedloop.webhooks.RegisteringWebhook.RegisterWebhook;
import io.closedloop.webhooks.RegisteringWebhook.WebhookRegistered;
import io.closedloop.webhooks.RemovingWebhook;
import io.closedloop.webhooks.ReplayingWebhookDelivery;
import io.closedloop.webhooks.WebhookFormat;
import io.closedloop.webhooks.WebhookQueries;
import io.closedloop.webhooks.WebhookView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Outbound webhooks (admins): endpoints registered with their events and format, their delivery log, replays and test events. */
@RestController
@RequestMapping("/api/webhooks")
@Tag(name = "Webhooks", description = "Endpoints that hear of cases and ideas as they happen, signed the Standard Webhooks way")
class WebhookController {

  private final RegisteringWebhook registering;
  private final RemovingWebhook removing;
  private final PingingWebhook pinging;
  private final ReplayingWebhookDelivery replaying;
  private final WebhookQueries queries;

  WebhookController(RegisteringWebhook registering, RemovingWebhook removing, PingingWebhook pinging, ReplayingWebhookDelivery replaying,
      WebhookQueries queries) {
    this.registering = registering;
    this.removing = removing;
    this.pinging = pinging;
    this.replaying = replaying;
    this.queries = queries;
  }

  @PostMapping
  @Operation(summary = "Register an endpoint", description = "url: absolute http or https; events: case.opened, case.alarm, "
      + "case.escalated, case.resolved, idea.selected, idea.done; format: STANDARD (default), SLACK or TEAMS. The signing secret "
      + "(whsec_...) is in this answer only")
  ResponseEntity<Registered> register(@RequestBody WebhookBody body, Authentication admin) {
    WebhookRegistered endpoint = registering.register(new RegisterWebhook(body.url(), body.events(), body.format(), admin.getName()));
    return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(endpoint.id()).toUri())
        .body(new Registered(endpoint.id(), endpoint.url(), endpoint.events(), endpoint.format(), endpoint.secret()));
  }

  @GetMapping
  @Operation(summary = "List the active endpoints", description = "Never with their secrets")
  PagedModel<WebhookView> list(@PageableDefault(size = 20) Pageable page) {
    List<WebhookView> all = queries.active();
    int from = (int) Math.min(page.getOffset(), all.size());
    int to = Math.min(from + page.getPageSize(), all.size());
    return new PagedModel<>(new PageImpl<>(all.subList(from, to), page, all.size()));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One endpoint", description = "Also a removed one, with when and by whom it was removed")
  WebhookView one(@PathVariable UUID id) {
    return queries.one(id);
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Remove an endpoint", description = "It hears of nothing more; calls waiting for a retry fail. Its delivery log stays")
  ResponseEntity<Void> remove(@PathVariable UUID id, Authentication admin) {
    removing.remove(id, admin.getName());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/{id}/deliveries")
  @Operation(summary = "An endpoint's delivery log", description = "Newest first, each call with its webhook-id and every attempt with "
      + "the HTTP status answered; status=QUEUED, SENT or FAILED filters")
  PagedModel<DeliveryView> deliveries(@PathVariable UUID id, @RequestParam(required = false) MessageStatus status,
      @PageableDefault(size = 20) Pageable page) {
    Page<DeliveryView> deliveries = queries.deliveries(id, status, page);
    return new PagedModel<>(deliveries);
  }

  @PostMapping("/{id}/deliveries/{deliveryId}/replay")
  @Operation(summary = "Send a call again", description = "The same body under the same webhook-id, with a fresh day of retries; "
      + "409 while it is still queued, once erased, or when the endpoint was removed")
  ResponseEntity<DeliveryView> replay(@PathVariable UUID id, @PathVariable UUID deliveryId) {
    replaying.replay(id, deliveryId);
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(queries.delivery(id, deliveryId));
  }

  @PostMapping("/{id}/test")
  @Operation(summary = "Send a test event", description = "Queues a ping event, signed and retried like the others; answers its delivery")
  ResponseEntity<DeliveryView> test(@PathVariable UUID id) {
    UUID deliveryId = pinging.ping(id);
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(queries.delivery(id, deliveryId));
  }

  /** A new endpoint as the API takes it. */
  record WebhookBody(String url, List<String> events, String format) {}

  /** A registered endpoint with its signing secret, shown this once. */
  record Registered(UUID id, String url, List<String> events, WebhookFormat format, String secret) {}
}
