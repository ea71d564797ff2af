package io.closedloop.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The case of one detractor response: who owns it, by when the customer must be called, and how it ended. */
@Entity
@Table(name = "detractor_case")
public class DetractorCase {

  @Id
  private UUID id;
  private UUID responseId;
  private UUID customerId;
  @Enumerated(EnumType.STRING)
  private CaseStatus status;
  private String owner;
  private String team;
  @Enumerated(EnumType.STRING)
  private Priority priority;
  private boolean alarming;
  private Instant callbackDue;
  private int escalationLevel;
  private String rootCause;
  @Enumerated(EnumType.STRING)
  private Outcome outcome;
  @Column(name = "close_the_loop_message")
  private String closeTheLoopMessage;
  private String notes;
  private Instant createdAt;
  private Instant firstReachedAt;
  private Instant closedAt;
  @Version
  private Long version;

  protected DetractorCase() {}

  static DetractorCase open(OpenCase command) {
    DetractorCase opened = new DetractorCase();
    opened.id = UUID.randomUUID();
    opened.responseId = command.responseId();
    opened.customerId = command.customerId();
    opened.status = CaseStatus.OPEN;
    opened.team = command.team();
    opened.priority = Priority.NORMAL;
    opened.createdAt = command.openedAt();
    return opened;
  }

  public CaseId caseId() {
    return new CaseId(id);
  }

  public UUID getId() {
    return id;
  }

  public UUID getResponseId() {
    return responseId;
  }

  public UUID getCustomerId() {
    return customerId;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public String getOwner() {
    return owner;
  }

  public String getTeam() {
    return team;
  }

  public Priority getPriority() {
    return priority;
  }

  public boolean isAlarming() {
    return alarming;
  }

  public Instant getCallbackDue() {
    return callbackDue;
  }

  public int getEscalationLevel() {
    return escalationLevel;
  }

  public String getRootCause() {
    return rootCause;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getCloseTheLoopMessage() {
    return closeTheLoopMessage;
  }

  public String getNotes() {
    return notes;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getFirstReachedAt() {
    return firstReachedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
