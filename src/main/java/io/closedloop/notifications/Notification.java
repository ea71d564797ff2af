package io.closedloop.notifications;

import io.closedloop.shared.Wording;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One message to one person, optionally about a case, read or not; in English for the API, and worded for pages in their reader's language. */
@Entity
@Table(name = "notification")
public class Notification {

  @Id
  private UUID id;
  private String recipient;
  private UUID caseId;
  private String type;
  private String message;
  private Instant createdAt;
  private Instant readAt;
  private String messageKey;
  @JdbcTypeCode(SqlTypes.ARRAY)
  private String[] messageArgs;

  protected Notification() {}

  Notification(String recipient, UUID caseId, String type, String message, Wording wording, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.recipient = recipient;
    this.caseId = caseId;
    this.type = type;
    this.message = message;
    this.messageKey = wording == null ? null : wording.key();
    this.messageArgs = wording == null ? null : wording.stored();
    this.createdAt = createdAt;
  }

  void markRead(Instant at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  public UUID getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public UUID getCaseId() {
    return caseId;
  }

  public String getType() {
    return type;
  }

  public String getMessage() {
    return message;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadAt() {
    return readAt;
  }

  /** How a page words the notification in its reader's language; empty for notifications written before wordings. */
  public Optional<Wording> wording() {
    return messageKey == null ? Optional.empty() : Optional.of(Wording.parse(messageKey, messageArgs));
  }

  public boolean isRead() {
    return readAt != null;
  }
}
