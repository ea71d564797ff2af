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
  private String touchpoint;
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

  @Enumerated(EnumType.STRING)
  @Column(name = "close_the_loop_channel")
  private CloseTheLoopChannel closeTheLoopChannel;
  private String notes;
  private Instant createdAt;
  private Instant firstReachedAt;
  private Instant closedAt;
  private Instant nextAttemptDue;
  private Instant remindedAt;
  @Version
  private Long version;

  protected DetractorCase() {}

  static DetractorCase open(OpenCase command, boolean alarming) {
    DetractorCase opened = new DetractorCase();
    opened.id = UUID.randomUUID();
    opened.responseId = command.responseId();
    opened.customerId = command.customerId();
    opened.status = CaseStatus.OPEN;
    opened.team = command.team();
    opened.touchpoint = command.touchpoint();
    opened.priority = Priority.NORMAL;
    opened.alarming = alarming;
    opened.createdAt = command.openedAt();
    return opened;
  }

  /** Applies the routing decision: owning team, priority and the call-back deadline; an account owner takes the case at once. */
  void route(String owningTeam, Priority priority, Instant callbackDue, String accountOwner) {
    this.team = owningTeam;
    this.priority = priority;
    this.callbackDue = callbackDue;
    if (accountOwner != null) {
      takeOwnership(accountOwner);
    }
  }

  /** Gives an open case another priority; false when it is closed or already has that priority. */
  boolean reprioritize(Priority decided) {
    if (status.isClosed() || decided == priority) {
      return false;
    }
    priority = decided;
    return true;
  }

  void claim(String user) {
    ensureOpen();
    if (owner != null) {
      throw new CaseActionNotAllowed("The case is already owned by " + owner);
    }
    takeOwnership(user);
  }

  /** Gives the case to another owner; answers the previous owner (null when there was none). */
  String assign(String newOwner) {
    ensureOpen();
    String previous = owner;
    takeOwnership(newOwner);
    return previous;
  }

  void recordAttempt(boolean reached, Instant at) {
    ensureOpen();
    if (isReached()) {
      throw new CaseActionNotAllowed("The customer has already been reached");
    }
    if (reached) {
      firstReachedAt = at;
      nextAttemptDue = null;
    }
  }

  void scheduleNextAttempt(Instant due) {
    this.nextAttemptDue = due;
  }

  void resolve(String rootCause, Outcome outcome, String notes, String closeTheLoopMessage, CloseTheLoopChannel channel,
      Instant at) {
    ensureOpen();
    if (!isReached()) {
      throw new CaseActionNotAllowed("A case is resolved after the customer has been reached");
    }
    this.rootCause = rootCause;
    this.outcome = outcome;
    this.notes = notes;
    this.closeTheLoopMessage = closeTheLoopMessage;
    this.closeTheLoopChannel = channel;
    this.status = CaseStatus.RESOLVED;
    this.closedAt = at;
    this.nextAttemptDue = null;
  }

  void closeUnreachable(String note, Instant at) {
    ensureOpen();
    this.notes = note;
    this.status = CaseStatus.UNREACHABLE;
    this.closedAt = at;
    this.nextAttemptDue = null;
  }

  /** Raises the escalation level; false when this level was reached before or the escalation no longer applies. */
  boolean escalateTo(int level) {
    if (status.isClosed() || isReached() || escalationLevel >= level) {
      return false;
    }
    escalationLevel = level;
    return true;
  }

  /** Marks the reminder as sent; false when it was sent before or no longer applies (closed, reached, already escalated). */
  boolean remind(Instant at) {
    if (status.isClosed() || isReached() || remindedAt != null || escalationLevel > 0) {
      return false;
    }
    remindedAt = at;
    return true;
  }

  public boolean isReached() {
    return firstReachedAt != null;
  }

  public boolean isOverdue(Instant now) {
    return !status.isClosed() && !isReached() && callbackDue != null && now.isAfter(callbackDue);
  }

  private void takeOwnership(String user) {
    this.owner = user;
    this.status = CaseStatus.IN_PROGRESS;
  }

  private void ensureOpen() {
    if (status.isClosed()) {
      throw new CaseActionNotAllowed("The case is " + status + " and can no longer change");
    }
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

  public String getTouchpoint() {
    return touchpoint;
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

  public CloseTheLoopChannel getCloseTheLoopChannel() {
    return closeTheLoopChannel;
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

  public Instant getNextAttemptDue() {
    return nextAttemptDue;
  }

  public Instant getRemindedAt() {
    return remindedAt;
  }
}
