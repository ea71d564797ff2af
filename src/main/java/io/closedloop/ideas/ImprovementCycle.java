package io.closedloop.ideas;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One improvement cycle: a meeting every few weeks that evaluates the last choices and chooses the next ideas. */
@Entity
@Table(name = "improvement_cycle")
public class ImprovementCycle {

  @Id
  private UUID id;
  private Integer number;
  @Enumerated(EnumType.STRING)
  private CycleStatus status;
  @Enumerated(EnumType.STRING)
  private CycleTrigger trigger;
  private Instant startedAt;
  private String startedBy;
  private Instant previousAt;
  private Instant meetingClosedAt;
  private Instant selectedAt;
  private String selectedBy;
  private String overrideReason;
  private Instant closedAt;
  private String note;

  protected ImprovementCycle() {}

  private ImprovementCycle(Integer number, CycleStatus status, CycleTrigger trigger, Instant startedAt, String startedBy,
      Instant previousAt, String note) {
    this.id = UUID.randomUUID();
    this.number = number;
    this.status = status;
    this.trigger = trigger;
    this.startedAt = startedAt;
    this.startedBy = startedBy;
    this.previousAt = previousAt;
    this.note = note;
  }

  static ImprovementCycle open(int number, CycleTrigger trigger, Instant at, String by, Instant previousAt) {
    return new ImprovementCycle(number, CycleStatus.MEETING, trigger, at, by, previousAt, null);
  }

  static ImprovementCycle skipped(Instant at, ImprovementCycle running) {
    return new ImprovementCycle(null, CycleStatus.SKIPPED, CycleTrigger.SCHEDULE, at, IdeaTimeline.SYSTEM, null,
        "Not started: cycle " + running.number + " was still running");
  }

  void closeMeeting(Instant at) {
    ensure(status == CycleStatus.MEETING, "The meeting of cycle " + number + " is not open");
    this.status = CycleStatus.SELECTING;
    this.meetingClosedAt = at;
  }

  void selected(Instant at, String by, String overrideReason) {
    ensure(status == CycleStatus.SELECTING, "Cycle " + number + " is not waiting for its selection");
    this.status = CycleStatus.FOLLOWING_UP;
    this.selectedAt = at;
    this.selectedBy = by;
    this.overrideReason = overrideReason;
  }

  void close(Instant at) {
    if (status == CycleStatus.FOLLOWING_UP) {
      this.status = CycleStatus.CLOSED;
      this.closedAt = at;
    }
  }

  private static void ensure(boolean allowed, String message) {
    if (!allowed) {
      throw new IdeaActionNotAllowed(message);
    }
  }

  public UUID getId() {
    return id;
  }

  public Integer getNumber() {
    return number;
  }

  public CycleStatus getStatus() {
    return status;
  }

  public CycleTrigger getTrigger() {
    return trigger;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Instant getPreviousAt() {
    return previousAt;
  }

  public Instant getMeetingClosedAt() {
    return meetingClosedAt;
  }

  public Instant getSelectedAt() {
    return selectedAt;
  }

  public String getSelectedBy() {
    return selectedBy;
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public String getNote() {
    return note;
  }
}
