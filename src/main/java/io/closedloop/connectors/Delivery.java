package io.closedloop.connectors;

import io.closedloop.shared.FieldError;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One event of a verified webhook delivery, stored before it was answered: the event as received
 * ({@code payload}, null once erased), what processing it came to, and the response and case it made.
 */
record Delivery(UUID id, UUID sourceId, String messageId, int eventIndex, Instant receivedAt, String payload, DeliveryStatus status,
    List<FieldError> errors, List<FieldError> warnings, int attempts, Instant processedAt, UUID responseId, UUID caseId,
    Instant erasedAt) {}
