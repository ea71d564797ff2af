package io.closedloop.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlarmRuleTest {

  private final AlarmRule rule = new AlarmRule(2, List.of("cancel", "opsige", "advokat", "never again"));

  @Test
  void a_score_of_two_or_less_is_alarming_whatever_the_comment() {
    assertThat(rule.isAlarming(0, null)).isTrue();
    assertThat(rule.isAlarming(2, "fine")).isTrue();
    assertThat(rule.isAlarming(3, null)).isFalse();
  }

  @Test
  void an_alarm_word_in_danish_or_english_makes_a_higher_score_alarming() {
    assertThat(rule.isAlarming(5, "I will CANCEL my subscription")).isTrue();
    assertThat(rule.isAlarming(6, "Jeg vil opsige aftalen")).isTrue();
    assertThat(rule.isAlarming(6, "Jeg har talt med min advokat")).isTrue();
    assertThat(rule.isAlarming(6, "Never again!")).isTrue();
  }

  @Test
  void an_alarm_word_must_start_a_word() {
    assertThat(rule.isAlarming(5, "The app is uncancelable")).isFalse();
    assertThat(rule.isAlarming(5, "Waiting time was long")).isFalse();
  }
}
