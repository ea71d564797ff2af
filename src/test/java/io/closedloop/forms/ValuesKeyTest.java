package io.closedloop.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A choice with a valuesKey takes its options from the task's data, as Tasklist does, and a submission is checked against them. */
class ValuesKeyTest {

  private static final FormDefinition FORM = FormParser.parse("""
      {"id": "f", "components": [
        {"id": "F_cause", "key": "cause", "label": "Cause", "type": "select", "valuesKey": "causes", "validate": {"required": true}},
        {"id": "F_size", "key": "size", "label": "Size", "type": "radio", "values": [{"label": "Big", "value": "big"}]}
      ]}""");

  @Test
  void takes_the_choices_from_the_data_named_by_values_key() {
    FormDefinition filled = FORM.withValuesFrom(Map.of("causes", List.of(Map.of("label", "Price: too high", "value", "price.too-high"),
        Map.of("label", "Staff: rude", "value", "staff.attitude"))));

    assertThat(filled.field("cause").orElseThrow().values()).extracting(FormComponent.Option::label)
        .containsExactly("Price: too high", "Staff: rude");
    assertThat(filled.field("size").orElseThrow().values()).extracting(FormComponent.Option::value).containsExactly("big");
  }

  @Test
  void accepts_only_the_choices_the_data_offers() {
    FormDefinition filled = FORM.withValuesFrom(Map.of("causes", List.of(new FormComponent.Option("Price", "price.too-high"))));

    assertThat(FormSubmission.of(filled, Map.of("cause", List.of("price.too-high"))).isValid()).isTrue();
    assertThat(FormSubmission.of(filled, Map.of("cause", List.of("made.up"))).errors()).singleElement()
        .satisfies(error -> assertThat(error.message()).isEqualTo("is not one of the choices"));
  }

  @Test
  void offers_nothing_when_the_data_has_no_such_list() {
    assertThat(FORM.withValuesFrom(Map.of()).field("cause").orElseThrow().values()).isEmpty();
    assertThat(FORM.field("cause").orElseThrow().valuesKey()).isEqualTo("causes");
  }
}
