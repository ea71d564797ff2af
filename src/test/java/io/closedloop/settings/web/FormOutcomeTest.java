package io.closedloop.settings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormOutcomeTest {

  @Test
  void a_rejected_form_shows_what_was_entered_and_its_error_beside_the_field_at_fault_only() {
    FormOutcome rejected = FormOutcome.rejected("calendar-x", "closesAt", "Not saved", Map.of("closesAt", List.of("07:00"),
        "day", List.of("MONDAY")));

    assertThat(rejected.value("calendar-x", "closesAt", "16:00")).isEqualTo("07:00");
    assertThat(rejected.value("calendar-y", "closesAt", "16:00")).as("another form keeps its value").isEqualTo("16:00");
    assertThat(rejected.rejects("calendar-x", "closesAt")).isTrue();
    assertThat(rejected.rejects("calendar-x", "opensAt")).isFalse();
    assertThat(rejected.refused("calendar-x")).as("its message goes beside the field, not the form").isFalse();
    assertThat(rejected.invalid("calendar-x", "closesAt")).isEqualTo("true");
    assertThat(rejected.describedBy("calendar-x", "closesAt", "closes-x")).isEqualTo("closes-x-error");
    assertThat(rejected.describedBy("calendar-x", "opensAt", "opens-x")).isNull();
  }

  @Test
  void a_rejected_form_ticks_the_options_as_they_were_entered_and_a_saved_one_as_they_are() {
    FormOutcome rejected = FormOutcome.rejected("calendar-x", "closesAt", "Not saved", Map.of("day", List.of("MONDAY")));
    FormOutcome saved = FormOutcome.saved("calendar-x", "Saved");

    assertThat(rejected.ticks("calendar-x", "day", "MONDAY", false)).isTrue();
    assertThat(rejected.ticks("calendar-x", "day", "FRIDAY", true)).isFalse();
    assertThat(saved.ticks("calendar-x", "day", "FRIDAY", true)).isTrue();
    assertThat(saved.value("calendar-x", "closesAt", "16:00")).isEqualTo("16:00");
  }

  @Test
  void a_form_refused_as_a_whole_says_so_beside_the_form() {
    FormOutcome refused = FormOutcome.rejected("new-team", null, "Not saved: kept in Keycloak", Map.of());

    assertThat(refused.refused("new-team")).isTrue();
    assertThat(refused.rejects("new-team", "id")).isFalse();
    assertThat(FormOutcome.NONE.isFor("new-team")).isFalse();
  }
}
