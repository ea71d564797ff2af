package io.closedloop.ideas;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An improvement idea in the backlog. */
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
}
