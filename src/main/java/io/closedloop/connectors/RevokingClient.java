package io.closedloop.connectors;

import io.closedloop.shared.NotFoundException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An admin revokes a machine client: its token is refused from the next request on. */
@Service
public class RevokingClient {

  private final MachineClientRecords clients;
  private final Clock clock;

  RevokingClient(MachineClientRecords clients, Clock clock) {
    this.clients = clients;
    this.clock = clock;
  }

  @Transactional
  public void revoke(UUID clientId, String by) {
    if (!clients.revoke(clientId, by, clock.instant())) {
      throw new NotFoundException("No client " + clientId);
    }
  }
}
