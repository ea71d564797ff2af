package io.closedloop.connectors;

import io.closedloop.identity.ClientScope;
import io.closedloop.shared.FieldError;
import io.closedloop.shared.InvalidCharacters;
import io.closedloop.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An admin creates a machine client: it gets a token, shown in this answer only and stored hashed. */
@Service
public class RegisteringClient {

  static final int MAX_NAME_LENGTH = 50;

  private final MachineClientRecords clients;
  private final Clock clock;

  RegisteringClient(MachineClientRecords clients, Clock clock) {
    this.clients = clients;
    this.clock = clock;
  }

  @Transactional
  public ClientRegistered register(RegisterClient command) {
    String name = command.name() == null ? "" : command.name().strip();
    Set<ClientScope> scopes = scopes(command.scopes());
    List<FieldError> errors = new ArrayList<>();
    if (name.isEmpty()) {
      errors.add(new FieldError("name", "is required"));
    } else if (name.length() > MAX_NAME_LENGTH || InvalidCharacters.in(name)) {
      errors.add(new FieldError("name", "must be at most " + MAX_NAME_LENGTH + " characters of text"));
    } else if (clients.activeNameTaken(name)) {
      errors.add(new FieldError("name", "is the name of another client; revoke that one or choose another name"));
    }
    if (scopes.isEmpty()) {
      errors.add(new FieldError("scopes", "must name at least one of " + allScopes()));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    UUID id = UUID.randomUUID();
    String token = ClientToken.generate();
    Instant now = clock.instant();
    clients.insert(id, name, scopes, token, command.by(), now);
    return new ClientRegistered(id, name, scopes, token, now);
  }

  private static Set<ClientScope> scopes(List<String> requested) {
    Set<ClientScope> scopes = new LinkedHashSet<>();
    if (requested == null) {
      return scopes;
    }
    for (String scope : requested) {
      scopes.add(ClientScope.of(scope == null ? "" : scope.strip())
          .orElseThrow(() -> new InvalidInputException("scopes", "holds an unknown scope; known are " + allScopes())));
    }
    return scopes;
  }

  private static String allScopes() {
    return String.join(", ", java.util.Arrays.stream(ClientScope.values()).map(ClientScope::scope).toList());
  }

  /** What a new client is called and may do, and which admin asks. */
  public record RegisterClient(String name, List<String> scopes, String by) {}

  /** The new client with its token: the only time the token is ever shown. */
  public record ClientRegistered(UUID id, String name, Set<ClientScope> scopes, String token, Instant createdAt) {}
}
