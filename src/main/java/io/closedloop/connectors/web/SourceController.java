package io.closedloop.connectors.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.closedloop.connectors.ChangingMapping;
import io.closedloop.connectors.ChangingSecret;
import io.closedloop.connectors.DeliveryStatus;
import io.closedloop.connectors.DeliveryView;
import io.closedloop.connectors.ImportingExport;
import io.closedloop.connectors.PreviewingMapping;
import io.closedloop.connectors.PreviewingMapping.MappingPreview;
import io.closedloop.connectors.RegisteringSource;
import io.closedloop.connectors.RegisteringSource.RegisterSource;
import io.closedloop.connectors.RegisteringSource.SourceRegistered;
import io.closedloop.connectors.ReplayingDelivery;
import io.closedloop.connectors.SourceKind;
import io.closedloop.connectors.SourceQueries;
import io.closedloop.connectors.SourceView;
import io.closedloop.intake.BatchResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Sources of responses (admins): registered with their URL and secret, mapped, their dead letters replayed, their export files imported. */
@RestController
@RequestMapping("/api/sources")
@Tag(name = "Sources", description = "Survey tools that send responses: signed webhooks and export files")
class SourceController {

  private final RegisteringSource registering;
  private final ChangingMapping changing;
  private final ChangingSecret changingSecret;
  private final PreviewingMapping previewing;
  private final ReplayingDelivery replaying;
  private final ImportingExport importing;
  private final SourceQueries queries;

  SourceController(RegisteringSource registering, ChangingMapping changing, ChangingSecret changingSecret, PreviewingMapping previewing,
      ReplayingDelivery replaying, ImportingExport importing, SourceQueries queries) {
    this.registering = registering;
    this.changing = changing;
    this.changingSecret = changingSecret;
    this.previewing = previewing;
    this.replaying = replaying;
    this.importing = importing;
    this.queries = queries;
  }

  @PostMapping
  @Operation(summary = "Register a source", description = "kind: formbricks, standard-webhooks, typeform, generic (webhooks) or "
      + "qualtrics, surveymonkey, delighted (export files). The secret is generated unless given (Formbricks makes its own "
      + "whsec_ secret) and is in this answer only")
  ResponseEntity<Registered> register(@RequestBody SourceBody body, Authentication user) {
    SourceRegistered source = registering.register(new RegisterSource(body.name(), body.kind(), body.mapping(), body.secret(), user.getName()));
    String url = source.kind().takesWebhooks()
        ? ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/hooks/{id}").buildAndExpand(source.id()).toUriString()
        : null;
    return ResponseEntity.status(HttpStatus.CREATED).body(new Registered(source.id(), source.name(), source.kind(), url, source.secret()));
  }

  @GetMapping
  @Operation(summary = "List the sources", description = "Never with their secrets")
  PagedModel<SourceView> list(@PageableDefault(size = 20) Pageable page) {
    return new PagedModel<>(Pages.of(queries.all(), page));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One source", description = "Its mapping as saved and as it applies with the kind's defaults, and its events by status")
  SourceView one(@PathVariable UUID id) {
    return queries.one(id);
  }

  @PutMapping("/{id}/mapping")
  @Operation(summary = "Change a source's mapping", description = "An object from response fields to JSON Pointers, Typeform refs or "
      + "column names; 400 naming each bad field as mapping.<field>")
  JsonNode changeMapping(@PathVariable UUID id, @RequestBody JsonNode mapping, Authentication user) {
    return changing.change(id, mapping, user.getName());
  }

  @PutMapping("/{id}/secret")
  @Operation(summary = "Change a webhook source's secret", description = "The secret the tool made (Formbricks), or a new one made "
      + "when none is given; answered this once. Deliveries signed with the old secret are refused from then on")
  SecretBody changeSecret(@PathVariable UUID id, @RequestBody(required = false) SecretBody body, Authentication user) {
    return new SecretBody(changingSecret.change(id, body == null ? null : body.secret(), user.getName()));
  }

  @PostMapping("/{id}/mapping/preview")
  @Operation(summary = "Preview a mapping", description = "The response a mapping would make of a stored event (the latest, or deliveryId), "
      + "or its errors; nothing is stored")
  MappingPreview preview(@PathVariable UUID id, @RequestBody PreviewBody body) {
    return previewing.preview(id, body.mapping(), body.deliveryId());
  }

  @GetMapping("/{id}/deliveries")
  @Operation(summary = "A source's stored webhook events", description = "Newest first; status=FAILED lists the dead letters with their reasons")
  PagedModel<DeliveryView> deliveries(@PathVariable UUID id, @RequestParam(required = false) DeliveryStatus status,
      @PageableDefault(size = 20) Pageable page) {
    return new PagedModel<>(queries.deliveries(id, status, page));
  }

  @PostMapping("/{id}/deliveries/{deliveryId}/replay")
  @Operation(summary = "Replay a stored event", description = "With the current mapping; an event already processed is answered as it is, "
      + "so replaying twice stores one response. 409 once the event's personal data was erased")
  DeliveryView replay(@PathVariable UUID id, @PathVariable UUID deliveryId) {
    return replaying.replay(id, deliveryId);
  }

  @PostMapping(path = "/{id}/import", consumes = {"text/csv", "application/csv"})
  @Operation(summary = "Import a survey tool's export file", description = "A Qualtrics, SurveyMonkey or Delighted CSV export as the tool "
      + "writes it, read with the source's column mapping; the same answer as POST /api/responses/import")
  BatchResult importFile(@PathVariable UUID id, HttpServletRequest request, Authentication user) throws IOException {
    return importing.importFile(id, request.getInputStream(), request.getContentLengthLong(), user.getName());
  }

  /** A new source as the API takes it. */
  record SourceBody(String name, String kind, JsonNode mapping, String secret) {}

  /** A webhook source's secret, as given or as made. */
  record SecretBody(String secret) {}

  /** A mapping to preview, on a chosen stored event or the latest. */
  record PreviewBody(JsonNode mapping, UUID deliveryId) {}

  /** A registered source: where its tool posts ({@code url}, null for export files) and its secret, shown this once. */
  record Registered(UUID id, String name, SourceKind kind, String url, String secret) {}
}
