package io.closedloop.web;

import io.closedloop.shared.ChangedElsewhere;
import io.closedloop.shared.MemoryChange;
import io.closedloop.shared.OtherNodes;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each person chose for their pages: a language and a time zone, either of which may be
 * left to the default (the browser's language; their team's zone). Read on every page, so kept
 * in memory and forgotten when changed.
 */
@Component
public class PersonalPreferences {

  private static final Preference NONE = new Preference(null, null);

  private final JdbcClient jdbc;
  private final Clock clock;
  private final OtherNodes otherNodes;
  private final Map<String, Preference> cache = new ConcurrentHashMap<>();

  PersonalPreferences(JdbcClient jdbc, Clock clock, OtherNodes otherNodes) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.otherNodes = otherNodes;
  }

  public Preference of(String userId) {
    if (userId == null) {
      return NONE;
    }
    return cache.computeIfAbsent(userId, this::load);
  }

  @Transactional
  public void save(String userId, Preference preference) {
    jdbc.sql("""
            insert into user_preference (user_id, language, time_zone, updated_at)
            values (:user, :language, :zone, :at)
            on conflict (user_id) do update set
              language = excluded.language, time_zone = excluded.time_zone, updated_at = excluded.updated_at
            """)
        .param("user", userId)
        .param("language", preference.language().map(UiLanguage::tag).orElse(null))
        .param("zone", preference.zone().map(ZoneId::getId).orElse(null))
        .param("at", java.sql.Timestamp.from(clock.instant()))
        .update();
    cache.remove(userId);
    otherNodes.tell(MemoryChange.of(MemoryChange.PREFERENCES, userId));
  }

  @EventListener
  void changedElsewhere(ChangedElsewhere event) {
    event.change().forgetIn(MemoryChange.PREFERENCES, cache);
  }

  private Preference load(String userId) {
    return jdbc.sql("select language, time_zone from user_preference where user_id = :user")
        .param("user", userId)
        .query((rs, row) -> new Preference(UiLanguage.of(rs.getString("language")).orElse(null), zone(rs.getString("time_zone"))))
        .optional()
        .orElse(NONE);
  }

  private static ZoneId zone(String id) {
    return id == null || !ZoneId.getAvailableZoneIds().contains(id) ? null : ZoneId.of(id);
  }

  /** A person's choices; an empty one means the default. */
  public record Preference(UiLanguage chosenLanguage, ZoneId chosenZone) {

    public Optional<UiLanguage> language() {
      return Optional.ofNullable(chosenLanguage);
    }

    public Optional<ZoneId> zone() {
      return Optional.ofNullable(chosenZone);
    }
  }
}
