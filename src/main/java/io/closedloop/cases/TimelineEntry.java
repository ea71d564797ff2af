package io.closedloop.cases;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One event on a case's timeline: when, who, what kind, and a readable detail. */
@Entity
@Table(name = "case_event")
public class TimelineEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private UUID caseId;
  private Instant at;
  private String actor;
  private String type;
  private String detail;

  protected TimelineEntry() {}

  TimelineEntry(UUID caseId, Instant at, String actor, String type, String detail) {
    this.caseId = caseId;
    this.at = at;
    this.actor = actor;
    this.type = type;
    this.detail = detail;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public String getType() {
    return type;
  }

  public String getDetail() {
    return detail;
  }
}
