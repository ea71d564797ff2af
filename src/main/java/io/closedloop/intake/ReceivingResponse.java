package io.closedloop.intake;

import io.closedloop.intake.RegisteringCustomer.CustomerRegistered;
import io.closedloop.intake.RegisteringCustomer.RegisterCustomer;
import io.closedloop.intake.RegisteringCustomer.Registration;
import io.closedloop.intake.ResponseStore.StoredResponse;
import io.closedloop.intake.RoutingAnswer.AnswerRouted;
import io.closedloop.intake.RoutingAnswer.StoredAnswer;
import io.closedloop.reference.ReferenceCodes;
import io.closedloop.shared.ConflictException;
import io.closedloop.shared.FieldError;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives one NPS response: stores it once by its external id and, unless it is historical backfill,
 * sends it where the answer-routing decision says ({@link RoutingAnswer}: a case, the customer's open
 * case, a follow-up task, praise) in the same transaction. A repeat with the same content answers
 * with the first result; a repeat with other content is a conflict. The customer it names is
 * registered through {@link RegisteringCustomer}, so a known customer's details never change
 * silently; what was stored but not followed comes back as warnings.
 */
@Service
public class ReceivingResponse {

  private final ResponseStore store;
  private final RegisteringCustomer customers;
  private final ReferenceCodes codes;
  private final RoutingAnswer routing;
  private final Clock clock;

  ReceivingResponse(ResponseStore store, RegisteringCustomer customers, ReferenceCodes codes, RoutingAnswer routing, Clock clock) {
    this.store = store;
    this.customers = customers;
    this.codes = codes;
    this.routing = routing;
    this.clock = clock;
  }

  /** Receives {@code response} as posted by the user {@code postedBy}. */
  @Transactional
  public ResponseReceipt receive(NewResponse response, boolean openCase, String postedBy) {
    Instant now = clock.instant();
    UUID id = UUID.randomUUID();
    Registration registration = customers.register(
        new RegisterCustomer(response.customer(), new ResponseSource(id, response.externalId(), postedBy), now));
    if (registration.earlier() != null) {
      return repeat(registration.earlier(), response);
    }
    CustomerRegistered customer = registration.customer();
    codes.register(response.referenceCodes());
    if (!store.insert(id, response, customer.customerId(), now)) {
      return repeat(store.findByExternalId(response.externalId()).orElseThrow(), response);
    }
    List<FieldError> warnings = new ArrayList<>(keptDetails(customer.changes()));
    UUID caseId = null;
    if (openCase) {
      AnswerRouted routed = routing.route(new StoredAnswer(id, customer.customerId(), customer.created(), response, now));
      caseId = routed.caseId();
      if (routed.accountOwnerRefused() != null) {
        warnings.add(new FieldError("customer.accountOwner", "does not own the case: " + routed.accountOwnerRefused()
            + "; the case waits in its team's queue"));
      }
    }
    return new ResponseReceipt(id, response.category(), caseId, true, warnings);
  }

  private static List<FieldError> keptDetails(List<CustomerChange> changes) {
    return changes.stream().filter(change -> !change.applied())
        .map(change -> new FieldError("customer." + change.field(), "differs from the known customer's; the known value was kept"
            + " (closedloop.intake.customer-updates is KEEP_EXISTING) and the difference is in the customer's history"))
        .toList();
  }

  private static ResponseReceipt repeat(StoredResponse earlier, NewResponse response) {
    if (!earlier.fingerprint().equals(response.fingerprint())) {
      throw new ConflictException("A response with externalId '" + response.externalId()
          + "' was already received with different content");
    }
    return new ResponseReceipt(earlier.id(), earlier.category(), earlier.caseId(), false, List.of());
  }
}
