package io.closedloop.connectors;

/**
 * Where a stored webhook event stands: {@code RECEIVED} (stored, not yet processed, e.g. while the
 * database was away: retried), {@code PROCESSED} (a response, stored now or before), {@code FAILED}
 * (a dead letter: it could not be mapped or validated; replayable), {@code IGNORED} (not a response,
 * such as an unfinished Formbricks response).
 */
public enum DeliveryStatus {
  RECEIVED, PROCESSED, FAILED, IGNORED
}
