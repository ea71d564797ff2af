package io.closedloop.settings;

import io.closedloop.web.SettingsSection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail of settings: who changed what on which settings page, when, from what to what. */
@Component
public class SettingsAudit {

  private final JdbcClient jdbc;
  private final Clock clock;

  SettingsAudit(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Records a change made on the settings page {@code section} (a {@link SettingsSection#id()});
   * a change to the same value is not one and is not recorded.
   */
  @Transactional
  public void record(String section, String actor, String subject, String before, String after) {
    if (Objects.equals(before, after)) {
      return;
    }
    jdbc.sql("""
            insert into settings_audit (at, section, actor, subject, before, after) values (:at, :section, :actor, :subject, :before, :after)
            """)
        .param("at", Timestamp.from(clock.instant())).param("section", section).param("actor", actor).param("subject", subject)
        .param("before", before).param("after", after).update();
  }

  @Transactional(readOnly = true)
  public List<Entry> latest(int limit) {
    return find(Filter.NONE, limit);
  }

  /** The newest changes that pass the filter, at most {@code limit}. */
  @Transactional(readOnly = true)
  public List<Entry> find(Filter filter, int limit) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    if (filter.actor() != null) {
      conditions.add("actor = :actor");
      params.put("actor", filter.actor());
    }
    if (filter.section() != null) {
      conditions.add("section = :section");
      params.put("section", filter.section());
    }
    if (filter.from() != null) {
      conditions.add("at >= :from");
      params.put("from", Timestamp.from(filter.from()));
    }
    if (filter.until() != null) {
      conditions.add("at < :until");
      params.put("until", Timestamp.from(filter.until()));
    }
    params.put("limit", limit);
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    return jdbc.sql("select * from settings_audit" + where + " order by at desc, id desc limit :limit").params(params)
        .query((rs, row) -> new Entry(rs.getTimestamp("at").toInstant(), rs.getString("section"), rs.getString("actor"),
            rs.getString("subject"), rs.getString("before"), rs.getString("after")))
        .list();
  }

  /** Who has changed settings, by name. */
  @Transactional(readOnly = true)
  public List<String> actors() {
    return jdbc.sql("select distinct actor from settings_audit order by actor").query(String.class).list();
  }

  /**
   * Which changes to show: by whom, on which settings page, from when (inclusive) until when
   * (exclusive); {@code null} leaves that out.
   */
  public record Filter(String actor, String section, Instant from, Instant until) {
    public static final Filter NONE = new Filter(null, null, null, null);
  }

  /** One audited change, and the settings page it was made on ({@code null} when not known). */
  public record Entry(Instant at, String section, String actor, String subject, String before, String after) {}
}
