package io.closedloop.connectors;

import io.closedloop.shared.InvalidInputException;
import io.closedloop.shared.NotFoundException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin gives a webhook source the secret its tool made (Formbricks shows its own only once the
 * webhook, with the source's URL, exists), or has a new one made; deliveries signed with the old
 * secret are refused from then on.
 */
@Service
public class ChangingSecret {

  private final SourceRecords sources;
  private final Clock clock;

  ChangingSecret(SourceRecords sources, Clock clock) {
    this.sources = sources;
    this.clock = clock;
  }

  /** Keeps {@code secret} (checked as at registration), or a new one when it is empty; answers the secret, shown this once. */
  @Transactional
  public String change(UUID sourceId, String secret, String by) {
    Source source = sources.find(sourceId).orElseThrow(() -> new NotFoundException("No source " + sourceId));
    if (!source.kind().takesWebhooks()) {
      throw new InvalidInputException("secret", "is not used by a " + source.kind().code() + " source, which takes export files");
    }
    String kept = SigningSecret.forKind(source.kind(), secret);
    sources.saveSecret(sourceId, kept, by, clock.instant());
    return kept;
  }
}
