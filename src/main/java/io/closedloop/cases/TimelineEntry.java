package io.closedloop.cases;

import io.closedloop.shared.Wording;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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
  private String wordingKey;
  @JdbcTypeCode(SqlTypes.ARRAY)
  private String[] wordingArgs;

  protected TimelineEntry() {}

  TimelineEntry(UUID caseId, Instant at, String actor, String type, String detail, Wording wording) {
    this.caseId = caseId;
    this.at = at;
    this.actor = actor;
    this.type = type;
    this.detail = detail;
    this.wordingKey = wording == null ? null : wording.key();
    this.wordingArgs = wording == null ? null : wording.stored();
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

  /** How a page words the entry in its reader's language; empty for entries written before wordings and erased ones. */
  public Optional<Wording> wording() {
    return wordingKey == null ? Optional.empty() : Optional.of(Wording.parse(wordingKey, wordingArgs));
  }
}
