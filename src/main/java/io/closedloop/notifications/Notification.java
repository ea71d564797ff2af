package io.closedloop.notifications;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One message to one person, optionally about a case, read or not. */
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

  protected Notification() {}

  Notification(String recipient, UUID caseId, String type, String message, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.recipient = recipient;
    this.caseId = caseId;
    this.type = type;
    this.message = message;
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

  public boolean isRead() {
    return readAt != null;
  }
}
