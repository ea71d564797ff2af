package io.closedloop.ideas;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * An improvement idea in the backlog. It moves from proposed to selected, in progress, done and
 * evaluated, or is rejected with a reason (a merged duplicate is rejected and points at the idea
 * it was merged into). Nothing is ever deleted.
 */
@Entity
@Table(name = "idea")
public class Idea {

  @Id
  private UUID id;
  private String title;
  private String description;
  @Enumerated(EnumType.STRING)
  private Horizon horizon;
  @Enumerated(EnumType.STRING)
  private IdeaStatus status;
  @Enumerated(EnumType.STRING)
  private IdeaOrigin origin;
  private String touchpoint;
  private Instant createdAt;
  private String createdBy;
  private String owner;
  private Instant dueAt;
  private Instant doneAt;
  private String reason;
  private UUID mergedInto;
  private UUID proposedInCycle;
  private String meetingGroup;
  private String plan;
  @Version
  private long version;

  protected Idea() {}

  Idea(String title, String description, Horizon horizon, IdeaOrigin origin, String touchpoint, Instant createdAt, String createdBy) {
    this.id = UUID.randomUUID();
    this.title = title;
    this.description = description;
    this.horizon = horizon;
    this.status = IdeaStatus.PROPOSED;
    this.origin = origin;
    this.touchpoint = touchpoint;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  void proposedAtMeeting(UUID cycleId, String group) {
    this.proposedInCycle = cycleId;
    this.meetingGroup = group;
  }

  void select(String owner, Instant dueAt) {
    ensure(status == IdeaStatus.PROPOSED, "Only an idea in the backlog can be selected");
    this.status = IdeaStatus.SELECTED;
    this.owner = owner;
    this.dueAt = dueAt;
  }

  void presentPlan(String plan) {
    ensure(horizon == Horizon.LONG_TERM && status == IdeaStatus.SELECTED, "Only a selected long-term idea gets a plan");
    this.status = IdeaStatus.IN_PROGRESS;
    this.plan = plan;
  }

  void markDone(Instant at) {
    ensure(status == IdeaStatus.SELECTED || status == IdeaStatus.IN_PROGRESS, "Only a selected or started idea can be done");
    this.status = IdeaStatus.DONE;
    this.doneAt = at;
  }

  void evaluated() {
    ensure(status == IdeaStatus.DONE, "Only a done idea is evaluated as implemented");
    this.status = IdeaStatus.EVALUATED;
  }

  /** A chosen short-term idea that was not carried out goes back to the backlog for a later cycle. */
  void returnToBacklog() {
    this.status = IdeaStatus.PROPOSED;
    this.owner = null;
    this.dueAt = null;
  }

  void reject(String reason) {
    ensure(status == IdeaStatus.PROPOSED, "Only an idea in the backlog can be rejected");
    this.status = IdeaStatus.REJECTED;
    this.reason = reason;
  }

  void mergeInto(Idea target) {
    ensure(status == IdeaStatus.PROPOSED, "Only an idea in the backlog can be merged into another");
    ensure(target.status.isOpen(), "Ideas can only be merged into an open idea");
    ensure(!target.id.equals(id), "An idea cannot be merged into itself");
    this.status = IdeaStatus.REJECTED;
    this.mergedInto = target.id;
    this.reason = "merged into " + target.id;
  }

  private static void ensure(boolean allowed, String message) {
    if (!allowed) {
      throw new IdeaActionNotAllowed(message);
    }
  }

  public UUID getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public Horizon getHorizon() {
    return horizon;
  }

  public IdeaStatus getStatus() {
    return status;
  }

  public IdeaOrigin getOrigin() {
    return origin;
  }

  public String getTouchpoint() {
    return touchpoint;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public String getOwner() {
    return owner;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public Instant getDoneAt() {
    return doneAt;
  }

  public String getReason() {
    return reason;
  }

  public UUID getMergedInto() {
    return mergedInto;
  }

  public UUID getProposedInCycle() {
    return proposedInCycle;
  }

  public String getMeetingGroup() {
    return meetingGroup;
  }

  public String getPlan() {
    return plan;
  }
}
