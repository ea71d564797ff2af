package io.closedloop.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.closedloop.intake.NewResponse.CustomerDetails;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CopyTextRowTest {

  static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  static final Instant ANSWERED = Instant.parse("2026-02-27T08:15:00Z");

  final CopyTextRow row = new CopyTextRow();

  @Test
  void writes_the_twenty_one_staging_columns_tab_separated_on_one_line() throws IOException {
    NewResponse response = new NewResponse("r-1", 4, "Slow", ANSWERED, "website", "customer-service", "e-7", "invoice", "DK", "da",
        new CustomerDetails("c-1", "Mette", "mette@example.com", "+45 1234", "private", ServicePreference.RELATIONAL, "alice"));

    String line = written(17, response);

    assertThat(line).endsWith("\n").doesNotContain("\r");
    String[] columns = line.substring(0, line.length() - 1).split("\t", -1);
    assertThat(columns).hasSize(21);
    assertThat(columns[0]).isEqualTo("17");
    assertThat(UUID.fromString(columns[1])).isNotNull();
    assertThat(columns).containsSubsequence("r-1", "4", "DETRACTOR", "Slow", "2026-02-27T08:15:00Z", "website", "customer-service",
        "e-7", "invoice", "DK", "da", "c-1", "Mette", "mette@example.com", "+45 1234", "private", "RELATIONAL", "alice",
        response.fingerprint());
  }

  @Test
  void writes_absent_values_as_backslash_n_and_an_unknown_answer_time_as_now() throws IOException {
    NewResponse response = new NewResponse("r-2", 10, null, null, null, null, null, null, null, null,
        new CustomerDetails("c-2", null, null, null, null, null, null));

    String[] columns = written(1, response).split("\t", -1);

    assertThat(columns[5]).isEqualTo("\\N");
    assertThat(columns[6]).isEqualTo(NOW.toString());
    assertThat(columns[18]).isEqualTo("\\N");
  }

  @Test
  void escapes_backslashes_tabs_and_line_breaks_in_a_value() throws IOException {
    NewResponse response = new NewResponse("r-3", 3, "a\\b\tc\nd\re", ANSWERED, null, null, null, null, null, null,
        new CustomerDetails("c-3", "Æble Øst", null, null, null, null, null));

    String[] columns = written(1, response).split("\t", -1);

    assertThat(columns[5]).isEqualTo("a\\\\b\\tc\\nd\\re");
    assertThat(columns[14]).isEqualTo("Æble Øst");
  }

  @Test
  void reuses_its_buffer_without_carrying_one_row_into_the_next() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    row.write(out, 1, new NewResponse("long-" + "x".repeat(300), 8, "A long comment ".repeat(20), ANSWERED,
        null, null, null, null, null, null, new CustomerDetails("c-4", null, null, null, null, null, null)), NOW);
    row.write(out, 2, new NewResponse("r-5", 9, null, ANSWERED, null, null, null, null, null, null,
        new CustomerDetails("c-5", null, null, null, null, null, null)), NOW);

    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");

    assertThat(lines).hasSize(2);
    assertThat(lines[1].split("\t", -1)).hasSize(21).startsWith("2").doesNotContain("c-4");
  }

  private String written(int rowNumber, NewResponse response) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    row.write(out, rowNumber, response, NOW);
    return out.toString(StandardCharsets.UTF_8);
  }
}
