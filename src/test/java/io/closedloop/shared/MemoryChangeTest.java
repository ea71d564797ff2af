package io.closedloop.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MemoryChangeTest {

  private final Map<String, String> cache = new HashMap<>(Map.of("alice", "da", "bob", "en"));

  @Test
  void a_change_of_one_key_forgets_that_key_only() {
    MemoryChange.of(MemoryChange.PREFERENCES, "alice").forgetIn(MemoryChange.PREFERENCES, cache);

    assertThat(cache).containsOnlyKeys("bob");
  }

  @Test
  void a_change_of_the_whole_topic_or_of_everything_forgets_all() {
    MemoryChange.all(MemoryChange.PREFERENCES).forgetIn(MemoryChange.PREFERENCES, cache);
    assertThat(cache).isEmpty();

    cache.put("carol", "en");
    MemoryChange.all(MemoryChange.EVERYTHING).forgetIn(MemoryChange.PREFERENCES, cache);
    assertThat(cache).isEmpty();
  }

  @Test
  void a_change_of_another_topic_forgets_nothing() {
    MemoryChange.of(MemoryChange.USERS, "alice").forgetIn(MemoryChange.PREFERENCES, cache);

    assertThat(cache).containsOnlyKeys("alice", "bob");
  }

  @Test
  void a_separator_in_a_topic_or_key_is_refused() {
    assertThatIllegalArgumentException().isThrownBy(() -> MemoryChange.of("users", "a|b"));
  }
}
