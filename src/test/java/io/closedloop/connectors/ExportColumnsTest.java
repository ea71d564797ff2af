package io.closedloop.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.closedloop.intake.CsvLayout;
import io.closedloop.intake.ResponseSubmission;
import io.closedloop.shared.FieldError;
import io.closedloop.shared.InvalidInputException;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ExportColumnsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> IDS = Map.of("id1", "A1", "id2", "A2", "customer1", "C1", "customer2", "C2");

  @Test
  void a_qualtrics_export_is_read_below_its_three_header_rows_with_the_nps_column_found_by_its_group_column() throws IOException {
    List<ResponseSubmission> rows = read(SourceKind.QUALTRICS, "{}", "qualtrics-export.csv");

    assertThat(rows).hasSize(2);
    ResponseSubmission first = rows.get(0);
    assertThat(first.externalId()).isEqualTo("R_A1");
    assertThat(first.score()).isEqualTo("3");
    assertThat(first.comment()).isEqualTo("Nobody called me back, twice");
    assertThat(first.answeredAt()).as("Copenhagen time of the import-id row").isEqualTo("2026-03-02T09:15:42Z");
    assertThat(first.language()).isEqualTo("da");
    assertThat(first.touchpoint()).isEqualTo("store");
    assertThat(first.customer().externalId()).isEqualTo("C1");
    assertThat(first.customer().name()).isEqualTo("Jens Jensen");
    assertThat(first.customer().email()).isEqualTo("jens@example.com");
    assertThat(rows.get(1).language()).isEqualTo("en");
  }

  @Test
  void a_surveymonkey_export_finds_the_recommend_question_and_the_open_ended_answer_after_it() throws IOException {
    List<ResponseSubmission> rows = read(SourceKind.SURVEYMONKEY, "{}", "surveymonkey-export.csv");

    assertThat(rows).extracting(ResponseSubmission::externalId).containsExactly("A1", "A2");
    assertThat(rows).extracting(ResponseSubmission::score).containsExactly("2", "10");
    assertThat(rows.get(0).comment()).isEqualTo("The invoice was wrong again");
    assertThat(rows.get(1).comment()).isNull();
    assertThat(rows.get(0).answeredAt()).isEqualTo("2026-03-02T10:15:42Z");
    assertThat(rows.get(0).customer().name()).isEqualTo("Sune Svendsen");
    assertThat(rows.get(0).customer().externalId()).isEqualTo("C1");
  }

  @Test
  void a_delighted_export_reads_its_columns_and_a_mapping_can_take_the_customer_id_property_instead_of_the_email() throws IOException {
    List<ResponseSubmission> byDefault = read(SourceKind.DELIGHTED, "{}", "delighted-export.csv");
    List<ResponseSubmission> mapped = read(SourceKind.DELIGHTED, "{\"customer.externalId\": \"Customer ID\"}", "delighted-export.csv");

    assertThat(byDefault.get(0).customer().externalId()).isEqualTo("dorte@example.com");
    assertThat(byDefault.get(0).score()).isEqualTo("4");
    assertThat(byDefault.get(0).answeredAt()).isEqualTo("2026-03-02T10:15:42Z");
    assertThat(mapped.get(0).customer().externalId()).isEqualTo("C1");
    assertThat(mapped.get(1).comment()).isNull();
  }

  @Test
  void a_column_the_saved_mapping_names_must_be_in_the_file() {
    assertThatThrownBy(() -> read(SourceKind.DELIGHTED, "{\"team\": \"Team\"}", "delighted-export.csv"))
        .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.errors()).extracting(FieldError::field)
            .containsExactly("mapping.team"));
  }

  @Test
  void a_file_without_a_score_column_is_refused_whole() {
    assertThatThrownBy(() -> read(SourceKind.QUALTRICS, "{}", "surveymonkey-export.csv"))
        .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.errors()).extracting(FieldError::field)
            .contains("mapping.score"));
  }

  private static List<ResponseSubmission> read(SourceKind kind, String mapping, String fixture) throws IOException {
    ExportColumns layout = new ExportColumns(kind, Mapping.parse(JSON.readTree(mapping), kind));
    List<List<String>> records = CSVFormat.RFC4180.parse(new StringReader(Fixtures.load(fixture, IDS))).getRecords().stream()
        .map(CSVRecord::toList).toList();
    CsvLayout.RowReader reader = layout.reader(records.subList(0, layout.headerRows()));
    return records.subList(layout.headerRows(), records.size()).stream().map(reader::submission).toList();
  }
}
