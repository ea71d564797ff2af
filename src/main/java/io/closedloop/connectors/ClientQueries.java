package io.closedloop.connectors;

import java.util.List;
import org.springframework.stereotype.Service;

/** The machine clients as the API and the settings page list them. */
@Service
public class ClientQueries {

  private final MachineClientRecords clients;

  ClientQueries(MachineClientRecords clients) {
    this.clients = clients;
  }

  /** Every client, active ones first, revoked ones kept for the record. */
  public List<ClientView> all() {
    return clients.all();
  }
}
