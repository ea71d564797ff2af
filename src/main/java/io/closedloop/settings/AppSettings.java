package io.closedloop.settings;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Named settings stored as text in {@code app_setting}; every change is audited. */
@Component
public class AppSettings {

  private final JdbcClient jdbc;
  private final SettingsAudit audit;
  private final Clock clock;

  AppSettings(JdbcClient jdbc, SettingsAudit audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Optional<String> get(String key) {
    return jdbc.sql("select value from app_setting where key = :key").param("key", key).query(String.class).optional();
  }

  /** Saves a setting changed on the settings page {@code section} (see {@link SettingsAudit#record}). */
  @Transactional
  public void put(String section, String key, String value, String actor) {
    String before = get(key).orElse(null);
    jdbc.sql("""
            insert into app_setting (key, value, updated_at, updated_by) values (:key, :value, :at, :by)
            on conflict (key) do update set value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by
            """)
        .param("key", key).param("value", value).param("at", Timestamp.from(clock.instant())).param("by", actor).update();
    audit.record(section, actor, "setting " + key, before, value);
  }
}
