package io.closedloop.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.closedloop.shared.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

class BatchReaderTest {

  final IntakeLimits limits = new IntakeLimits(DataSize.ofKilobytes(1), DataSize.ofMegabytes(1), 3, DataSize.ofMegabytes(1), 10, 20, 5);
  final BatchReader reader = new BatchReader(new ObjectMapper(), limits);

  @Test
  void reads_each_item_as_sent() throws IOException {
    assertThat(reader.read(json("[{\"externalId\": \"r-1\"}, \"not a response\", 7]"))).hasSize(3);
  }

  @Test
  void refuses_the_first_item_too_many_without_reading_the_rest() {
    // an endless array: refused at its fourth item, so it is never read to the end
    InputStream endless = new InputStream() {
      final byte[] item = "{\"externalId\": \"r\"},".getBytes(StandardCharsets.UTF_8);
      long position;

      @Override
      public int read() {
        long at = position++;
        return at == 0 ? '[' : item[(int) ((at - 1) % item.length)];
      }
    };

    IntakeLimitExceeded refused = catchThrowableOfType(IntakeLimitExceeded.class, () -> reader.read(endless));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(refused.error().message()).contains("3 responses");
  }

  @Test
  void refuses_a_long_field_naming_its_path_and_row() {
    IntakeLimitExceeded refused = catchThrowableOfType(IntakeLimitExceeded.class, () -> reader.read(json(
        "[{\"externalId\": \"r-1\"}, {\"externalId\": \"r-2\", \"customer\": {\"name\": \"" + "x".repeat(21) + "\"}}]")));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.error().field()).isEqualTo("customer.name");
    assertThat(refused.error().row()).isEqualTo(2);
  }

  @Test
  void a_body_that_is_no_array_or_not_closed_is_invalid() {
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> reader.read(json("{}"))).errors().get(0).field())
        .isEqualTo("body");
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> reader.read(json("[{}, "))).errors().get(0).message())
        .startsWith("is not valid JSON");
  }

  private static InputStream json(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
