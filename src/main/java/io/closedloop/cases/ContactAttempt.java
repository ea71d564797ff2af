package io.closedloop.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One attempt to reach the customer of a case. */
@Entity
@Table(name = "contact_attempt")
public class ContactAttempt {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private UUID caseId;
  private Instant at;
  @Column(name = "by_user")
  private String by;
  @Enumerated(EnumType.STRING)
  private Channel channel;
  private boolean reached;
  private String note;

  protected ContactAttempt() {}

  ContactAttempt(UUID caseId, Instant at, String by, Channel channel, boolean reached, String note) {
    this.caseId = caseId;
    this.at = at;
    this.by = by;
    this.channel = channel;
    this.reached = reached;
    this.note = note;
  }

  public Instant getAt() {
    return at;
  }

  public String getBy() {
    return by;
  }

  public Channel getChannel() {
    return channel;
  }

  public boolean isReached() {
    return reached;
  }

  public String getNote() {
    return note;
  }
}
