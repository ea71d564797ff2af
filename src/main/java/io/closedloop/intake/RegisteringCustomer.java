package io.closedloop.intake;

import io.closedloop.intake.CustomerRecords.FirstLook;
import io.closedloop.intake.CustomerRecords.KnownCustomer;
import io.closedloop.intake.NewResponse.CustomerDetails;
import io.closedloop.intake.ResponseStore.StoredResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A response names its customer: a new one is registered; a known one whose details the response
 * gives differently gets each difference in its history (before, after, the response and who
 * posted it), and takes the new values only where {@link IntakeSettings#customerUpdates()} allows.
 */
@Service
public class RegisteringCustomer {

  private final CustomerRecords customers;
  private final IntakeSettings settings;

  RegisteringCustomer(CustomerRecords customers, IntakeSettings settings) {
    this.customers = customers;
    this.settings = settings;
  }

  /**
   * Registers the customer of a response not received before. When a response of the same external id was
   * received already, nothing is written and the registration names that response instead.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Registration register(RegisterCustomer command) {
    FirstLook look = customers.insertIfNewUnlessReceived(command.details(), command.source().responseExternalId(), command.at());
    if (look.earlier() != null) {
      return new Registration(look.earlier(), null);
    }
    if (look.insertedCustomer() != null) {
      return new Registration(null, new CustomerRegistered(look.insertedCustomer(), true, List.of()));
    }
    KnownCustomer known = customers.lock(command.details().externalId());
    CustomerUpdates rule = settings.customerUpdates();
    List<CustomerChange> changes = CustomerDifferences.between(known.details(), command.details(), rule);
    if (!changes.isEmpty()) {
      customers.update(known.id(), CustomerDifferences.kept(known.details(), command.details(), rule), command.at());
      customers.recordChanges(known.id(), changes, command.source(), command.at());
    }
    return new Registration(null, new CustomerRegistered(known.id(), false, changes));
  }

  /** The customer as a response names them, and which response that is. */
  public record RegisterCustomer(CustomerDetails details, ResponseSource source, Instant at) {}

  /** The response received earlier under the same external id, or else the customer registered (the other is null). */
  public record Registration(StoredResponse earlier, CustomerRegistered customer) {}

  /**
   * The customer's id, whether this response registered them ({@code created}), and what the response said
   * differently about a known customer. A known customer's row stays locked until the transaction ends, so
   * the answers of one customer are received one after the other.
   */
  public record CustomerRegistered(UUID customerId, boolean created, List<CustomerChange> changes) {}
}
