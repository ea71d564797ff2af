package io.closedloop.intake;

import io.closedloop.cases.CaseOpened;
import io.closedloop.cases.OpenCase;
import io.closedloop.cases.OpeningCase;
import io.closedloop.intake.ResponseStore.StoredResponse;
import io.closedloop.shared.ConflictException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives one NPS response: stores it once by its external id and, for a detractor, opens a
 * case and starts its process in the same transaction. A repeat with the same content answers
 * with the first result; a repeat with other content is a conflict.
 */
@Service
public class ReceivingResponse {

  private final ResponseStore store;
  private final ReferenceCodes codes;
  private final OpeningCase openingCase;
  private final Clock clock;

  ReceivingResponse(ResponseStore store, ReferenceCodes codes, OpeningCase openingCase, Clock clock) {
    this.store = store;
    this.codes = codes;
    this.openingCase = openingCase;
    this.clock = clock;
  }

  @Transactional
  public ResponseReceipt receive(NewResponse response, boolean openCase) {
    Optional<StoredResponse> earlier = store.findByExternalId(response.externalId());
    if (earlier.isPresent()) {
      return repeat(earlier.get(), response);
    }
    Instant now = clock.instant();
    UUID customerId = store.upsertCustomer(response.customer(), now);
    codes.register(response);
    UUID id = UUID.randomUUID();
    if (!store.insert(id, response, customerId, now)) {
      return repeat(store.findByExternalId(response.externalId()).orElseThrow(), response);
    }
    UUID caseId = null;
    if (openCase && response.category() == NpsCategory.DETRACTOR) {
      caseId = openCase(id, customerId, response, now).caseId().value();
    }
    return new ResponseReceipt(id, response.category(), caseId, true);
  }

  private CaseOpened openCase(UUID responseId, UUID customerId, NewResponse response, Instant now) {
    ServicePreference preference = response.customer().servicePreference();
    return openingCase.open(new OpenCase(responseId, customerId, response.score(), response.comment(),
        response.touchpoint(), response.team(), response.customer().segment(), response.customer().accountOwner(),
        preference == null ? null : preference.name(), preference == null ? null : preference.hint(), now));
  }

  private static ResponseReceipt repeat(StoredResponse earlier, NewResponse response) {
    if (!earlier.fingerprint().equals(response.fingerprint())) {
      throw new ConflictException("A response with externalId '" + response.externalId()
          + "' was already received with different content");
    }
    return new ResponseReceipt(earlier.id(), earlier.category(), earlier.caseId(), false);
  }
}
