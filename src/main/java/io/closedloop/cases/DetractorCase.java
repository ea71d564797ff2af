package io.closedloop.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
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
  private Instant resolutionDue;
  private Instant resolutionRemindedAt;
  private int resolutionEscalationLevel;
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
    refuseIf(whyCannotBeClaimed());
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
    refuseIf(whyNoMoreAttempts());
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
    refuseIf(whyNotResolvableYet());
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

  /** Sets the deadline of the resolution phase, which starts when the customer is reached. */
  void planResolution(Instant due) {
    ensureOpen();
    if (!isReached()) {
      throw new CaseActionNotAllowed("The resolution deadline starts when the customer has been reached");
    }
    this.resolutionDue = due;
  }

  /** Raises the call-back phase's escalation level; false when this level was reached before or no longer applies. */
  boolean escalateTo(int level) {
    return escalateTo(CasePhase.CALL_BACK, level);
  }

  /** Raises the escalation level of a phase; false when this level was reached before or the phase is over. */
  boolean escalateTo(CasePhase phase, int level) {
    if (status.isClosed() || phase() != phase || escalationLevelIn(phase) >= level) {
      return false;
    }
    if (phase == CasePhase.CALL_BACK) {
      escalationLevel = level;
    } else {
      resolutionEscalationLevel = level;
    }
    return true;
  }

  /** Marks the call-back reminder as sent; false when it was sent before or no longer applies. */
  boolean remind(Instant at) {
    return remind(CasePhase.CALL_BACK, at);
  }

  /** Marks a phase's reminder as sent; false when it was sent before or no longer applies (closed, phase over, escalated). */
  boolean remind(CasePhase phase, Instant at) {
    if (status.isClosed() || phase() != phase || escalationLevelIn(phase) > 0) {
      return false;
    }
    if (phase == CasePhase.CALL_BACK ? remindedAt != null : resolutionRemindedAt != null) {
      return false;
    }
    if (phase == CasePhase.CALL_BACK) {
      remindedAt = at;
    } else {
      resolutionRemindedAt = at;
    }
    return true;
  }

  /** Gives the case back to its team's queue; answers the previous owner (null when there was none). */
  String releaseToQueue() {
    ensureOpen();
    String previous = owner;
    owner = null;
    status = CaseStatus.OPEN;
    return previous;
  }

  /** Raises the priority one step (LOW to NORMAL to HIGH); false when it is HIGH already. */
  boolean raisePriority() {
    ensureOpen();
    Priority raised = priority.raised();
    if (raised == priority) {
      return false;
    }
    priority = raised;
    return true;
  }

  public boolean isReached() {
    return firstReachedAt != null;
  }

  /** Calling back until the customer is reached, then resolving. */
  public CasePhase phase() {
    return isReached() ? CasePhase.RESOLUTION : CasePhase.CALL_BACK;
  }

  /** The deadline of a phase: the call-back deadline, or the resolution deadline once planned (else null). */
  public Instant deadlineOf(CasePhase phase) {
    return phase == CasePhase.CALL_BACK ? callbackDue : resolutionDue;
  }

  /** The highest escalation level a phase has reached (0: none). */
  public int escalationLevelIn(CasePhase phase) {
    return phase == CasePhase.CALL_BACK ? escalationLevel : resolutionEscalationLevel;
  }

  /** Past the deadline of the phase it is in, and not closed. */
  public boolean isOverdue(Instant now) {
    return isOverdueIn(phase(), now);
  }

  /** In that phase, past its deadline, and not closed. */
  public boolean isOverdueIn(CasePhase phase, Instant now) {
    Instant due = deadlineOf(phase);
    return !status.isClosed() && phase() == phase && due != null && now.isAfter(due);
  }

  private void takeOwnership(String user) {
    this.owner = user;
    this.status = CaseStatus.IN_PROGRESS;
  }

  /** Why nobody may claim the case now (closed, or owned already); empty when a member of its team may. */
  public Optional<String> whyCannotBeClaimed() {
    return whyClosed().or(() -> owner == null ? Optional.empty() : Optional.of("The case is already owned by " + owner));
  }

  /** Why {@code user} may not log an attempt to reach the customer now; empty when they may. */
  public Optional<String> whyCannotLogAttempt(String user) {
    return whyNoMoreAttempts().or(() -> whyNotTheOwner(user, "logs contact attempts", "Claim the case before logging contact attempts"));
  }

  /** Why {@code user} may not resolve the case now; empty when they may. */
  public Optional<String> whyCannotResolve(String user) {
    return whyNotResolvableYet().or(() -> whyNotTheOwner(user, "resolves the case", "Claim the case before resolving it"));
  }

  private Optional<String> whyNoMoreAttempts() {
    return whyClosed().or(() -> isReached() ? Optional.of("The customer has already been reached; resolve the case") : Optional.empty());
  }

  private Optional<String> whyNotResolvableYet() {
    return whyClosed().or(() -> isReached() ? Optional.empty()
        : Optional.of("Log a contact attempt that reached the customer before resolving"));
  }

  private Optional<String> whyNotTheOwner(String user, String ownersAction, String whenUnowned) {
    if (owner != null && owner.equals(user)) {
      return Optional.empty();
    }
    return Optional.of(owner == null ? whenUnowned : "Only the owner " + owner + " " + ownersAction);
  }

  private Optional<String> whyClosed() {
    return status.isClosed() ? Optional.of("The case is " + status + " and can no longer change") : Optional.empty();
  }

  private void ensureOpen() {
    refuseIf(whyClosed());
  }

  private static void refuseIf(Optional<String> why) {
    if (why.isPresent()) {
      throw new CaseActionNotAllowed(why.get());
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

  public Instant getResolutionDue() {
    return resolutionDue;
  }

  public Instant getResolutionRemindedAt() {
    return resolutionRemindedAt;
  }

  public int getResolutionEscalationLevel() {
    return resolutionEscalationLevel;
  }
}
