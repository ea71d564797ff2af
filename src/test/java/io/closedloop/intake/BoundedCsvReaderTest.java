package io.closedloop.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.closedloop.intake.IntakeLimitExceeded.LimitError;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class BoundedCsvReaderTest {

  static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

  @Test
  void passes_a_file_within_the_limits_unchanged_to_the_parser() throws IOException {
    String csv = "externalId,comment\r\nr-1,\"two\nlines, \"\"quoted\"\"\"\r\nr-2,plain\n\nr-3,\"\"\n";

    assertThat(parse(csv, 4, 20)).containsExactly("r-1|two\nlines, \"quoted\"", "r-2|plain", "", "r-3|");
  }

  @Test
  void counts_the_characters_of_a_cell_as_the_parser_reads_them() throws IOException {
    String tenQuotes = "\"" + "\"\"".repeat(10) + "\"";

    assertThat(parse("externalId,comment\nr-1," + tenQuotes + "\n", 1, 10)).containsExactly("r-1|" + "\"".repeat(10));
    LimitError error = refusal("externalId,comment\nr-1,\"" + "\"\"".repeat(11) + "\"\n", 1, 10);
    assertThat(error).isEqualTo(new LimitError("comment", "is longer than the limit of 10 characters (in row 1)", 1));
  }

  @Test
  void refuses_a_long_cell_naming_its_column_and_row() {
    LimitError error = refusal("externalId,comment\nr-1,short\nr-2,\"" + "x".repeat(5_000_000), 10, 100);

    assertThat(error.field()).isEqualTo("comment");
    assertThat(error.row()).isEqualTo(2);
  }

  @Test
  void a_long_header_cell_is_named_header() {
    assertThat(refusal("externalId," + "x".repeat(101) + "\n", 10, 100).field()).isEqualTo("header");
  }

  @Test
  void a_cell_past_the_header_is_named_by_its_position() {
    assertThat(refusal("externalId\nr-1,r-2," + "x".repeat(11) + "\n", 10, 10).field()).isEqualTo("column 3");
  }

  @Test
  void refuses_the_row_after_the_last_allowed_one_with_413() {
    IntakeLimitExceeded refused = catchThrowableOfType(IntakeLimitExceeded.class,
        () -> parse("externalId\r\nr-1\r\nr-2\r\nr-3\r\n", 2, 10));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(refused.error().field()).isEqualTo("rows");
  }

  @Test
  void a_last_row_without_line_break_and_crlf_line_breaks_count_once() throws IOException {
    assertThat(parse("externalId\r\nr-1\r\nr-2", 2, 10)).hasSize(2);
  }

  @Test
  void refuses_a_row_of_too_many_cells_before_holding_them() {
    IntakeLimitExceeded refused = catchThrowableOfType(IntakeLimitExceeded.class,
        () -> parse("externalId\n" + ",".repeat(2_000_000) + "\n", 10, 10));

    assertThat(refused.error().field()).isEqualTo("row");
  }

  private static LimitError refusal(String csv, int rows, int fieldLength) {
    return catchThrowableOfType(IntakeLimitExceeded.class, () -> parse(csv, rows, fieldLength)).error();
  }

  private static List<String> parse(String csv, int rows, int fieldLength) throws IOException {
    List<String> records = new ArrayList<>();
    try (Reader in = new BoundedCsvReader(new StringReader(csv), rows, fieldLength); CSVParser parser = CSVParser.parse(in, FORMAT)) {
      for (CSVRecord record : parser) {
        records.add(String.join("|", record.values()));
      }
    }
    return records;
  }
}
