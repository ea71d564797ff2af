package io.closedloop.ideas;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Appends to and reads an idea's timeline. Every state change of an idea records one entry here, in its transaction. */
@Component
public class IdeaTimeline {

  /** The actor of what the system does by itself. */
  public static final String SYSTEM = "system";

  private final JdbcClient jdbc;
  private final Clock clock;

  IdeaTimeline(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void record(UUID ideaId, String actor, IdeaEventType type, String detail) {
    jdbc.sql("insert into idea_event (idea_id, at, actor, type, detail) values (:idea, :at, :actor, :type, :detail)")
        .param("idea", ideaId).param("at", java.sql.Timestamp.from(clock.instant())).param("actor", actor == null ? SYSTEM : actor)
        .param("type", type.name()).param("detail", detail).update();
  }

  public List<Entry> of(UUID ideaId) {
    return jdbc.sql("select at, actor, type, detail from idea_event where idea_id = :idea order by at, id")
        .param("idea", ideaId)
        .query((rs, row) -> new Entry(rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("type"), rs.getString("detail")))
        .list();
  }

  /** One entry: when, who, what kind, and a readable detail. */
  public record Entry(Instant at, String actor, String type, String detail) {}
}
