package io.closedloop.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.closedloop.shared.FieldError;
import io.closedloop.shared.InvalidCharacters;
import io.closedloop.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin registers a source of responses: a survey tool that sends signed webhooks (its URL and
 * secret are answered once), or one whose export files are imported with the source's column mapping.
 */
@Service
public class RegisteringSource {

  static final int MAX_NAME_LENGTH = 100;

  private final SourceRecords sources;
  private final Clock clock;

  RegisteringSource(SourceRecords sources, Clock clock) {
    this.sources = sources;
    this.clock = clock;
  }

  @Transactional
  public SourceRegistered register(RegisterSource command) {
    List<FieldError> errors = new ArrayList<>();
    String name = command.name() == null ? "" : command.name().strip();
    if (name.isEmpty()) {
      errors.add(new FieldError("name", "is required"));
    } else if (name.length() > MAX_NAME_LENGTH || InvalidCharacters.in(name)) {
      errors.add(new FieldError("name", "must be at most " + MAX_NAME_LENGTH + " characters of text"));
    }
    SourceKind kind = command.kind() == null ? null : SourceKind.of(command.kind().strip()).orElse(null);
    if (kind == null) {
      errors.add(new FieldError("kind", "must be one of " + SourceKind.codes()));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Mapping mapping = Mapping.parse(command.mapping(), kind);
    String secret = SigningSecret.forKind(kind, command.secret());
    Instant now = clock.instant();
    Source source = new Source(UUID.randomUUID(), name, kind, secret, mapping, now, command.by(), now, command.by());
    sources.insert(source);
    return new SourceRegistered(source.id(), name, kind, secret);
  }

  /** A new source as an admin describes it; {@code secret} only when the tool made its own. */
  public record RegisterSource(String name, String kind, JsonNode mapping, String secret, String by) {}

  /** The new source; its secret is shown here and never again. */
  public record SourceRegistered(UUID id, String name, SourceKind kind, String secret) {}
}
