package io.closedloop.settings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail of settings: who changed what, when, from what to what. */
@Component
public class SettingsAudit {

  private final JdbcClient jdbc;
  private final Clock clock;

  SettingsAudit(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records a change; a change to the same value is not one and is not recorded. */
  @Transactional
  public void record(String actor, String subject, String before, String after) {
    if (Objects.equals(before, after)) {
      return;
    }
    jdbc.sql("insert into settings_audit (at, actor, subject, before, after) values (:at, :actor, :subject, :before, :after)")
        .param("at", Timestamp.from(clock.instant())).param("actor", actor).param("subject", subject)
        .param("before", before).param("after", after).update();
  }

  @Transactional(readOnly = true)
  public List<Entry> latest(int limit) {
    return jdbc.sql("select * from settings_audit order by at desc, id desc limit :limit").param("limit", limit)
        .query((rs, row) -> new Entry(rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("subject"),
            rs.getString("before"), rs.getString("after")))
        .list();
  }

  /** One audited change. */
  public record Entry(Instant at, String actor, String subject, String before, String after) {}
}
