package io.closedloop.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomPasswordTest {

  @Test
  void carries_256_bits_in_characters_that_need_no_quoting() {
    assertThat(RandomPassword.generate()).hasSize(43).matches("[A-Za-z0-9_-]+");
  }

  @Test
  void is_different_every_time() {
    Set<String> passwords = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      passwords.add(RandomPassword.generate());
    }
    assertThat(passwords).hasSize(1000);
  }
}
