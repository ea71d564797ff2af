package io.closedloop.outbox;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A mail to queue. {@code caseId} and {@code customerId} say what it concerns (its state goes on the
 * case's timeline; it is erased with the customer); {@code recipientUser} names the staff member a
 * mail to staff goes to; {@code unsubscribeUrl} is sent as {@code List-Unsubscribe}; a mail is not
 * sent before {@code notBefore} (quiet hours), or at once when it is null.
 */
public record OutgoingMail(String topic, String to, String subject, String body, UUID caseId, UUID customerId,
    String recipientUser, String unsubscribeUrl, Instant notBefore) {

  public OutgoingMail {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
  }

  /** A mail to a customer about a case, with the link that opts them out of further mail. */
  public static OutgoingMail toCustomer(String topic, String to, String subject, String body, UUID caseId, UUID customerId,
      String unsubscribeUrl) {
    return new OutgoingMail(topic, to, subject, body, caseId, customerId, null, unsubscribeUrl, null);
  }

  /** A mail to a staff member, sent no earlier than {@code notBefore}. */
  public static OutgoingMail toStaff(String topic, String userId, String to, String subject, String body, UUID caseId,
      Instant notBefore) {
    return new OutgoingMail(topic, to, subject, body, caseId, null, userId, null, notBefore);
  }
}
