package io.closedloop.connectors.web;

import io.closedloop.connectors.ClientQueries;
import io.closedloop.connectors.ClientView;
import io.closedloop.connectors.RegisteringClient;
import io.closedloop.connectors.RegisteringClient.ClientRegistered;
import io.closedloop.connectors.RegisteringClient.RegisterClient;
import io.closedloop.connectors.RevokingClient;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
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
import org.springframework.web.bind.annotation.RestController;

/** Machine clients (admins): created with a token shown once, listed with their last use, revoked at once. */
@RestController
@RequestMapping("/api/clients")
@Tag(name = "Clients", description = "API clients that call ClosedLoop with a bearer token (admins)")
class ClientController {

  private final RegisteringClient registering;
  private final RevokingClient revoking;
  private final ClientQueries queries;

  ClientController(RegisteringClient registering, RevokingClient revoking, ClientQueries queries) {
    this.registering = registering;
    this.revoking = revoking;
    this.queries = queries;
  }

  @PostMapping
  @Operation(summary = "Create a client", description = "Scopes: responses:write, metrics:read, cases:read, metrics:scrape. "
      + "The token is in this answer only; it is stored hashed. Use it as Authorization: Bearer <token>")
  ResponseEntity<ClientRegistered> create(@RequestBody ClientBody body, Authentication user) {
    return ResponseEntity.status(HttpStatus.CREATED).body(registering.register(new RegisterClient(body.name(), body.scopes(), user.getName())));
  }

  @GetMapping
  @Operation(summary = "List the clients", description = "Active ones first, with the token's first characters and the last use")
  PagedModel<ClientView> list(@PageableDefault(size = 20) Pageable page) {
    return new PagedModel<>(Pages.of(queries.all(), page));
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Revoke a client", description = "Its token is refused from the next request on. 204, or 404 for an unknown client")
  ResponseEntity<Void> revoke(@PathVariable UUID id, Authentication user) {
    revoking.revoke(id, user.getName());
    return ResponseEntity.noContent().build();
  }

  /** A new client: its name and what it may do. */
  record ClientBody(String name, List<String> scopes) {}
}
