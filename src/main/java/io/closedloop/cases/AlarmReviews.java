package io.closedloop.cases;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who reviewed the alarm of which case, and when: read from the timeline, where {@link ReviewingAlarm}
 * records every review, done on our pages or in Tasklist.
 */
@Component
@Transactional(readOnly = true)
public class AlarmReviews {

  private final JdbcClient jdbc;

  AlarmReviews(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The latest review of each of these cases that has one, by case id. */
  public Map<UUID, AlarmReview> of(Collection<UUID> caseIds) {
    Map<UUID, AlarmReview> reviews = new HashMap<>();
    if (caseIds.isEmpty()) {
      return reviews;
    }
    jdbc.sql("""
            select distinct on (case_id) case_id, actor, at from case_event
            where type = :type and case_id in (:ids) order by case_id, at desc, id desc
            """)
        .param("type", TimelineEventType.ALARM_REVIEWED.name()).param("ids", caseIds)
        .query(rs -> {
          reviews.put(rs.getObject("case_id", UUID.class), new AlarmReview(rs.getString("actor"), rs.getTimestamp("at").toInstant()));
        });
    return reviews;
  }

  /** A review of an alarm: by whom, when. */
  public record AlarmReview(String by, Instant at) {}
}
