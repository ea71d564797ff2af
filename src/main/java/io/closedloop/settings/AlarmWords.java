package io.closedloop.settings;

import io.closedloop.cases.SavedAlarmWords;
import io.closedloop.shared.ChangedElsewhere;
import io.closedloop.shared.MemoryChange;
import io.closedloop.shared.OtherNodes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The alarm words an admin saved, if any (else the configured defaults apply). Read at most once
 * a minute; saving is seen at once, on every node.
 */
@Component
public class AlarmWords implements SavedAlarmWords {

  static final String KEY = "alarm.words";
  private static final Duration CACHE_TIME = Duration.ofMinutes(1);

  private final AppSettings settings;
  private final Clock clock;
  private final OtherNodes otherNodes;
  private volatile Cached cached;

  AlarmWords(AppSettings settings, Clock clock, OtherNodes otherNodes) {
    this.settings = settings;
    this.clock = clock;
    this.otherNodes = otherNodes;
  }

  @Override
  public Optional<List<String>> saved() {
    Cached current = cached;
    Instant now = clock.instant();
    if (current == null || now.isAfter(current.loadedAt().plus(CACHE_TIME))) {
      current = new Cached(settings.get(KEY).map(AlarmWords::parse), now);
      cached = current;
    }
    return current.words();
  }

  public void save(List<String> words, String actor) {
    settings.put(SettingsPages.ALARM_WORDS, KEY, String.join("\n", words), actor);
    cached = null;
    otherNodes.tell(MemoryChange.of(MemoryChange.SETTINGS, KEY));
  }

  /** Forgets what was read, e.g. after the setting was changed in the database directly. */
  public void forget() {
    cached = null;
  }

  @EventListener
  void changedElsewhere(ChangedElsewhere event) {
    if (event.change().concerns(MemoryChange.SETTINGS)) {
      forget();
    }
  }

  /** One word or phrase a line; blank lines are dropped, case is ignored. */
  public static List<String> parse(String text) {
    return Arrays.stream(text.split("\\R")).map(String::strip).filter(word -> !word.isEmpty()).map(String::toLowerCase).distinct().toList();
  }

  private record Cached(Optional<List<String>> words, Instant loadedAt) {}
}
