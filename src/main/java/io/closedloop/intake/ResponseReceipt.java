package io.closedloop.intake;

import io.closedloop.shared.FieldError;
import java.util.List;
import java.util.UUID;

/**
 * What receiving a response did: its id and category, the case it opened (or null), whether it
 * was stored now ({@code created}) or had been received before, and what of it was stored but not
 * followed ({@code warnings}, each naming its field: an account owner who may not own the case, a
 * known customer's detail that was kept).
 */
public record ResponseReceipt(UUID id, NpsCategory category, UUID caseId, boolean created, List<FieldError> warnings) {}
