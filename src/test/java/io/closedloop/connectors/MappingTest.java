package io.closedloop.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.closedloop.shared.FieldError;
import io.closedloop.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class MappingTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void every_bad_field_of_a_mapping_is_named_as_mapping_dot_field() {
    assertThatThrownBy(() -> parse(SourceKind.FORMBRICKS, "{\"score\": \"data/nps\", \"colour\": \"/x\", \"comment\": 3, \"team\": \"@guess\"}"))
        .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.errors()).extracting(FieldError::field)
            .containsExactlyInAnyOrder("mapping.score", "mapping.colour", "mapping.comment", "mapping.team"));
  }

  @Test
  void a_malformed_json_pointer_is_refused() {
    assertThatThrownBy(() -> parse(SourceKind.GENERIC, "{\"score\": \"/a~2b\"}")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("JSON Pointer");
  }

  @Test
  void a_typeform_mapping_takes_refs_and_an_export_mapping_takes_column_names() {
    assertThat(parse(SourceKind.TYPEFORM, "{\"score\": \"nps_question\"}").of("score")).singleElement()
        .extracting(Rule::type).isEqualTo(Rule.Type.REF);
    assertThat(parse(SourceKind.QUALTRICS, "{\"score\": \"Q7\"}").of("score")).singleElement()
        .extracting(Rule::type).isEqualTo(Rule.Type.COLUMN);
  }

  @Test
  void a_saved_mapping_is_written_back_as_it_was_given() throws Exception {
    String given = "{\"score\":\"/data/data/q1\",\"touchpoint\":\"=website\",\"comment\":[\"/a\",\"/b\"],\"team\":null}";

    assertThat(parse(SourceKind.FORMBRICKS, given).toJson()).isEqualTo(JSON.readTree(given));
  }

  @Test
  void the_saved_mapping_wins_over_the_kinds_default_field_by_field() {
    Mapping effective = parse(SourceKind.FORMBRICKS, "{\"score\": \"/data/data/q1\"}").over(KindDefaults.of(SourceKind.FORMBRICKS));

    assertThat(effective.of("score")).extracting(Rule::text).containsExactly("/data/data/q1");
    assertThat(effective.of("externalId")).extracting(Rule::text).containsExactly("/data/id");
  }

  private static Mapping parse(SourceKind kind, String json) {
    try {
      return Mapping.parse(JSON.readTree(json), kind);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
