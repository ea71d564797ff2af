package io.closedloop.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.closedloop.intake.BatchResult.RowResult;
import io.closedloop.shared.FieldError;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

class BackfillReaderTest {

  static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  static final String HEADER = "externalId,score,customer.externalId\n";

  final SubmissionValidator validator = new SubmissionValidator(Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void hands_over_the_file_in_chunks_of_the_given_rows_and_then_null() throws IOException {
    List<BackfillChunk> chunks = readAll(HEADER + "r-1,9,c-1\nr-2,3,c-2\nr-3,7,c-3\nr-4,10,c-4\nr-5,0,c-5\n", 2);

    assertThat(chunks).extracting(BackfillChunk::copied).containsExactly(2, 2, 1);
    assertThat(new String(chunks.get(2).lines(), 0, chunks.get(2).length(), StandardCharsets.UTF_8))
        .startsWith("5\t").contains("\tr-5\t0\tDETRACTOR\t").endsWith("\n");
  }

  @Test
  void rejects_a_row_with_the_wrong_number_of_cells_and_a_row_that_fails_validation_by_their_row_numbers() throws IOException {
    List<BackfillChunk> chunks = readAll(HEADER + "r-1,9,c-1\nr-2,9\nr-3,11,c-3\nr-4,8,c-4\n", 100);

    assertThat(chunks).singleElement().satisfies(chunk -> {
      assertThat(chunk.copied()).isEqualTo(2);
      assertThat(chunk.rows()).isEqualTo(4);
      assertThat(chunk.rejected()).extracting(RowResult::row).containsExactly(2, 3);
      assertThat(chunk.rejected().get(0).errors()).extracting(FieldError::field).containsExactly("row");
      assertThat(chunk.rejected().get(1).errors()).extracting(FieldError::field).containsExactly("score");
    });
  }

  @Test
  void rethrows_on_the_importing_thread_what_reading_a_malformed_file_threw() throws IOException {
    try (CSVParser parser = parser(HEADER + "r-1,9,c-1\n\"r-2,9,c-2\n")) {
      BackfillReader reader = new BackfillReader(parser, validator, NOW, 100);
      Thread reading = reader.start();

      assertThatThrownBy(reader::next).isInstanceOf(UncheckedIOException.class);
      reader.stop();
      joined(reading);
    }
  }

  private List<BackfillChunk> readAll(String csv, int chunkRows) throws IOException {
    try (CSVParser parser = parser(csv)) {
      BackfillReader reader = new BackfillReader(parser, validator, NOW, chunkRows);
      Thread reading = reader.start();
      List<BackfillChunk> chunks = new ArrayList<>();
      for (BackfillChunk chunk = reader.next(); chunk != null; chunk = reader.next()) {
        chunks.add(chunk);
      }
      joined(reading);
      return chunks.stream().filter(chunk -> chunk.rows() > 0).toList();
    }
  }

  private static void joined(Thread reading) {
    try {
      reading.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    assertThat(reading.isAlive()).as("the reading thread ended").isFalse();
  }

  private static CSVParser parser(String csv) throws IOException {
    return CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get());
  }
}
