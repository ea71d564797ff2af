package io.closedloop.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FieldTextTest {

  @Test
  void a_score_with_its_label_is_the_number() {
    assertThat(FieldText.normalize("score", "10 - Extremely likely", ZoneOffset.UTC)).isEqualTo("10");
    assertThat(FieldText.normalize("score", "0 - Not at all likely", ZoneOffset.UTC)).isEqualTo("0");
    assertThat(FieldText.normalize("score", "7", ZoneOffset.UTC)).isEqualTo("7");
    assertThat(FieldText.normalize("score", "9.0", ZoneOffset.UTC)).isEqualTo("9");
  }

  @Test
  void a_score_that_is_no_whole_number_is_left_for_intake_to_refuse() {
    assertThat(FieldText.normalize("score", "9.5", ZoneOffset.UTC)).isEqualTo("9.5");
    assertThat(FieldText.normalize("score", "very", ZoneOffset.UTC)).isEqualTo("very");
  }

  @Test
  void a_language_tag_is_its_two_letter_language() {
    assertThat(FieldText.normalize("language", "EN-GB", ZoneOffset.UTC)).isEqualTo("en");
    assertThat(FieldText.normalize("language", "DA", ZoneOffset.UTC)).isEqualTo("da");
    assertThat(FieldText.normalize("language", "default", ZoneOffset.UTC)).isEqualTo("default");
  }

  @Test
  void the_tools_date_formats_are_iso_instants_in_the_zone_they_were_written_in() {
    ZoneId copenhagen = ZoneId.of("Europe/Copenhagen");
    assertThat(FieldText.normalize("answeredAt", "2026-03-02 10:15:42", copenhagen)).isEqualTo("2026-03-02T09:15:42Z");
    assertThat(FieldText.normalize("answeredAt", "03/02/2026 01:01:10 PM", ZoneOffset.UTC)).isEqualTo("2026-03-02T13:01:10Z");
    assertThat(FieldText.normalize("answeredAt", "2026-03-02 10:15:42 UTC", copenhagen)).isEqualTo("2026-03-02T10:15:42Z");
    assertThat(FieldText.normalize("answeredAt", "2026-03-02 10:15:42 -0800", ZoneOffset.UTC)).isEqualTo("2026-03-02T18:15:42Z");
    assertThat(FieldText.normalize("answeredAt", "1713418460", ZoneOffset.UTC)).isEqualTo("2024-04-18T05:34:20Z");
    assertThat(FieldText.normalize("answeredAt", "2026-03-02T09:15:42.118Z", ZoneOffset.UTC)).isEqualTo("2026-03-02T09:15:42.118Z");
  }

  @Test
  void other_fields_pass_unchanged() {
    assertThat(FieldText.normalize("comment", "10 - great", ZoneOffset.UTC)).isEqualTo("10 - great");
  }
}
