package io.closedloop.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.closedloop.shared.FieldError;
import org.junit.jupiter.api.Test;

class EventMappingTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void a_formbricks_response_finished_maps_by_default_to_its_id_nps_answer_comment_and_hidden_fields() throws Exception {
    MappedEvent mapped = map(SourceKind.FORMBRICKS, "{}", Fixtures.formbricks("cm5resp001", "cust-42", 3, "Too slow"));

    assertThat(mapped.errors()).isEmpty();
    assertThat(mapped.values()).containsEntry("externalId", "cm5resp001").containsEntry("score", "3").containsEntry("comment", "Too slow")
        .containsEntry("answeredAt", "2026-03-02T09:15:42.118Z").containsEntry("touchpoint", "website").containsEntry("country", "DK")
        .containsEntry("customer.externalId", "cust-42").containsEntry("customer.name", "Karen Kunde")
        .containsEntry("customer.email", "karen@example.com").doesNotContainKey("language");
    assertThat(mapped.submission().customer().externalId()).isEqualTo("cust-42");
  }

  @Test
  void a_formbricks_nps_question_with_its_own_id_is_found_as_the_one_answer_from_0_to_10() throws Exception {
    String body = Fixtures.formbricks("cm5resp002", "cust-43", 6, "Meh").replace("\"nps\":", "\"q8x2kqzv3\":");

    MappedEvent mapped = map(SourceKind.FORMBRICKS, "{}", body);

    assertThat(mapped.values()).containsEntry("score", "6");
  }

  @Test
  void two_answers_that_could_be_the_score_are_an_error_naming_both_until_the_mapping_chooses() throws Exception {
    String body = Fixtures.formbricks("cm5resp003", "cust-44", 6, "Meh").replace("\"nps\": 6,", "\"q1\": 6, \"q2\": 9,");

    MappedEvent ambiguous = map(SourceKind.FORMBRICKS, "{}", body);
    MappedEvent chosen = map(SourceKind.FORMBRICKS, "{\"score\": \"/data/data/q2\"}", body);

    assertThat(ambiguous.errors()).singleElement().satisfies(error -> {
      assertThat(error.field()).isEqualTo("score");
      assertThat(error.message()).contains("q1, q2");
    });
    assertThat(chosen.errors()).isEmpty();
    assertThat(chosen.values()).containsEntry("score", "9");
  }

  @Test
  void a_typeform_nps_answer_is_found_by_its_field_type_and_the_comment_as_the_long_text_answer() throws Exception {
    MappedEvent mapped = map(SourceKind.TYPEFORM, "{}", Fixtures.typeform("ev1", "tok1", "cust-7", 2, "nps", "recommend", "Rude staff"));

    assertThat(mapped.errors()).isEmpty();
    assertThat(mapped.values()).containsEntry("externalId", "tok1").containsEntry("score", "2").containsEntry("comment", "Rude staff")
        .containsEntry("answeredAt", "2026-03-02T09:15:42Z").containsEntry("touchpoint", "store")
        .containsEntry("customer.externalId", "cust-7").containsEntry("customer.name", "Tove Typeform");
  }

  @Test
  void a_typeform_opinion_scale_is_the_score_when_there_is_no_nps_field() throws Exception {
    MappedEvent mapped = map(SourceKind.TYPEFORM, "{}", Fixtures.typeform("ev2", "tok2", "cust-8", 9, "opinion_scale", "scale", "Fine"));

    assertThat(mapped.values()).containsEntry("score", "9");
  }

  @Test
  void a_typeform_mapping_names_answers_by_their_field_ref() throws Exception {
    String body = Fixtures.typeform("ev3", "tok3", "cust-9", 7, "opinion_scale", "likely", "Good");

    MappedEvent mapped = map(SourceKind.TYPEFORM, "{\"score\": \"likely\", \"comment\": \"reason\", \"team\": \"=customer-service\"}", body);

    assertThat(mapped.values()).containsEntry("score", "7").containsEntry("comment", "Good").containsEntry("team", "customer-service");
  }

  @Test
  void a_pointer_at_an_object_is_an_error_of_the_mapping_not_a_value() throws Exception {
    MappedEvent mapped = map(SourceKind.GENERIC, "{\"comment\": \"/data/meta\"}", Fixtures.formbricks("r", "c", 5, "x"));

    assertThat(mapped.errors()).extracting(FieldError::field).contains("comment");
    assertThat(mapped.values()).doesNotContainKey("comment");
  }

  @Test
  void a_generic_source_reads_closedloops_own_fields_at_the_root_and_a_null_mapping_switches_a_default_off() throws Exception {
    String body = "{\"externalId\": \"g1\", \"score\": 10, \"team\": \"sales\", \"customer\": {\"externalId\": \"c1\", \"name\": \"Gunnar\"}}";

    MappedEvent mapped = map(SourceKind.GENERIC, "{\"team\": null}", body);

    assertThat(mapped.values()).containsEntry("externalId", "g1").containsEntry("score", "10").containsEntry("customer.externalId", "c1")
        .containsEntry("customer.name", "Gunnar").doesNotContainKey("team");
  }

  @Test
  void a_standard_webhooks_source_reads_closedloops_own_fields_in_the_envelopes_data() throws Exception {
    String body = "{\"type\": \"response.created\", \"timestamp\": \"2026-03-02T09:15:42Z\", "
        + "\"data\": {\"externalId\": \"s1\", \"score\": 4, \"customer\": {\"externalId\": \"c2\"}}}";

    MappedEvent mapped = map(SourceKind.STANDARD_WEBHOOKS, "{}", body);

    assertThat(mapped.values()).containsEntry("externalId", "s1").containsEntry("score", "4").containsEntry("customer.externalId", "c2");
  }

  @Test
  void an_empty_or_null_value_is_absent_and_the_next_rule_is_tried() throws Exception {
    String body = "{\"a\": \"\", \"b\": null, \"c\": \"third\"}";

    MappedEvent mapped = map(SourceKind.GENERIC, "{\"comment\": [\"/a\", \"/b\", \"/c\"]}", body);

    assertThat(mapped.values()).containsEntry("comment", "third");
  }

  private static MappedEvent map(SourceKind kind, String mapping, String body) throws Exception {
    Mapping effective = Mapping.parse(JSON.readTree(mapping), kind).over(KindDefaults.of(kind));
    JsonNode event = JSON.readTree(body);
    return new EventMapping(kind, effective).map(event);
  }
}
