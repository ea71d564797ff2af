package io.closedloop.metrics.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetSafeTextTest {

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"Click\")", "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A2)",
      "\t=1+1", "\r=1+1"})
  void a_text_that_a_spreadsheet_would_run_gets_a_leading_quote(String formula) {
    assertThat(SpreadsheetSafeText.of(formula)).isEqualTo("'" + formula);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Anna Berg", "Waited 40 minutes = too long", "1+1", "'quoted", " =spaced", "2026-W14"})
  void ordinary_text_is_left_as_it_is(String text) {
    assertThat(SpreadsheetSafeText.of(text)).isEqualTo(text);
  }

  @Test
  void empty_and_missing_text_stay_empty_and_missing() {
    assertThat(SpreadsheetSafeText.of("")).isEmpty();
    assertThat(SpreadsheetSafeText.of(null)).isNull();
  }
}
