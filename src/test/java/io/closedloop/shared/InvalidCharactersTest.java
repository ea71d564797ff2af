package io.closedloop.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvalidCharactersTest {

  @ParameterizedTest
  @ValueSource(strings = {"nul \u0000 inside", "bell \u0007", "escape \u001b[31m", "delete \u007f", "c1 \u0085", "lone \ud800 half",
      "late half \udc00"})
  void finds_control_characters_and_broken_surrogate_pairs(String text) {
    assertThat(InvalidCharacters.in(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"plain", "tab\tand\nlines\r\n", "Ærø, Zürich, 東京", "emoji \ud83d\ude00 pair", ""})
  void lets_ordinary_text_tabs_line_breaks_and_every_language_through(String text) {
    assertThat(InvalidCharacters.in(text)).isFalse();
  }

  @Test
  void missing_text_holds_nothing_invalid() {
    assertThat(InvalidCharacters.in(null)).isFalse();
  }
}
