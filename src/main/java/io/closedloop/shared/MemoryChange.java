package io.closedloop.shared;

import java.util.Map;
import java.util.Objects;

/**
 * Something a node may hold in memory changed in the database: a user's logins, a setting, a
 * calendar, a person's preferences. Told to the other nodes ({@link OtherNodes}); a node hearing
 * of it publishes {@link ChangedElsewhere}.
 *
 * @param topic what kind of thing changed, one of the constants here
 * @param key which one (a user id, a setting key), or null for all of the topic
 */
public record MemoryChange(String topic, String key) {

  /** A user's password, groups or existence: keys are user ids; without a key, every user. */
  public static final String USERS = "users";
  /** An application setting: keys are setting keys. */
  public static final String SETTINGS = "settings";
  /** Team calendars, closing days and holidays. */
  public static final String CALENDARS = "calendars";
  /** A person's own preferences (language, time zone, alert mail): keys are user ids. */
  public static final String PREFERENCES = "preferences";
  /** Anything: a node that may have missed changes (its connection to the database broke) forgets all it holds. */
  public static final String EVERYTHING = "*";

  public MemoryChange {
    Objects.requireNonNull(topic, "topic");
    if (topic.contains("|") || (key != null && key.contains("|"))) {
      throw new IllegalArgumentException("A change's topic and key hold no '|'");
    }
  }

  public static MemoryChange of(String topic, String key) {
    return new MemoryChange(topic, key);
  }

  public static MemoryChange all(String topic) {
    return new MemoryChange(topic, null);
  }

  /** True when a cache of {@code what} must forget something because of this change. */
  public boolean concerns(String what) {
    return topic.equals(what) || topic.equals(EVERYTHING);
  }

  /** Forgets what a cache of {@code what}, keyed like this change, holds of it: its key, or all. */
  public void forgetIn(String what, Map<String, ?> cache) {
    if (!concerns(what)) {
      return;
    }
    if (key == null) {
      cache.clear();
    } else {
      cache.remove(key);
    }
  }
}
