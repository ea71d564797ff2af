package io.closedloop.intake;

import java.util.UUID;

/**
 * What receiving a response did: its id and category, the case it opened (or null), and
 * whether it was stored now ({@code created}) or had been received before.
 */
public record ResponseReceipt(UUID id, NpsCategory category, UUID caseId, boolean created) {}
