package io.closedloop.notifications.mail;

import io.closedloop.shared.Wording;
import java.time.Instant;
import java.util.UUID;

/** An alert waiting for its recipient's digest, due at the start of their next working day. */
record DigestItem(UUID id, String userId, UUID notificationId, UUID caseId, String type, String message, Wording wording,
    Instant createdAt, Instant dueAt) {}
