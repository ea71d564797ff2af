package io.closedloop.notifications.mail;

import io.closedloop.calendar.WorkingDays;
import io.closedloop.shared.ChangedElsewhere;
import io.closedloop.shared.MemoryChange;
import io.closedloop.shared.OtherNodes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's alert mail settings; a person who saved none has {@link AlertMailSetting#DEFAULT}.
 * Read for every alert, so kept in memory and forgotten when the person saves.
 */
@Component
public class AlertMailSettings {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final OtherNodes otherNodes;
  private final Map<String, AlertMailSetting> known = new ConcurrentHashMap<>();

  AlertMailSettings(JdbcClient jdbc, Clock clock, OtherNodes otherNodes) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.otherNodes = otherNodes;
  }

  public AlertMailSetting of(String userId) {
    return known.computeIfAbsent(userId, this::load);
  }

  private AlertMailSetting load(String userId) {
    return jdbc.sql("select * from alert_mail_setting where user_id = :user").param("user", userId)
        .query(AlertMailSettings::setting).optional().orElse(AlertMailSetting.DEFAULT);
  }

  @Transactional
  public void save(String userId, AlertMailSetting setting) {
    PersonalWorkingTime own = setting.personalWorkingTime();
    jdbc.sql("""
            insert into alert_mail_setting (user_id, mode, alarms_any_hour, working_days, opens_at, closes_at, zone, updated_at)
            values (:user, :mode, :anyHour, :days, :opensAt, :closesAt, :zone, :at)
            on conflict (user_id) do update set mode = excluded.mode, alarms_any_hour = excluded.alarms_any_hour,
              working_days = excluded.working_days, opens_at = excluded.opens_at, closes_at = excluded.closes_at,
              zone = excluded.zone, updated_at = excluded.updated_at
            """)
        .param("user", userId).param("mode", setting.mode().name()).param("anyHour", setting.alarmsAtAnyHour())
        .param("days", own == null ? null : WorkingDays.format(own.days()))
        .param("opensAt", own == null ? null : own.opensAt()).param("closesAt", own == null ? null : own.closesAt())
        .param("zone", own == null ? null : own.zone().getId()).param("at", Timestamp.from(clock.instant()))
        .update();
    known.remove(userId);
    otherNodes.tell(MemoryChange.of(MemoryChange.PREFERENCES, userId));
  }

  @EventListener
  void changedElsewhere(ChangedElsewhere event) {
    event.change().forgetIn(MemoryChange.PREFERENCES, known);
  }

  private static AlertMailSetting setting(ResultSet row, int rowNumber) throws SQLException {
    return new AlertMailSetting(AlertMailMode.valueOf(row.getString("mode")), row.getBoolean("alarms_any_hour"), workingTime(row));
  }

  // A working time that no longer parses (a zone the server dropped) falls back to the team's.
  private static PersonalWorkingTime workingTime(ResultSet row) throws SQLException {
    if (row.getString("working_days") == null) {
      return null;
    }
    try {
      return new PersonalWorkingTime(WorkingDays.parse(row.getString("working_days")), row.getObject("opens_at", LocalTime.class),
          row.getObject("closes_at", LocalTime.class), ZoneId.of(row.getString("zone")));
    } catch (IllegalArgumentException | DateTimeException e) {
      return null;
    }
  }
}
