package io.closedloop.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class ExpectedValueTest {

  @Test
  void an_enum_lists_its_values() {
    assertThat(ExpectedValue.of(HttpStatus.Series.class)).isEqualTo("must be one of [INFORMATIONAL, SUCCESSFUL, REDIRECTION, CLIENT_ERROR, SERVER_ERROR]");
  }

  @Test
  void uuids_numbers_flags_and_times_say_their_shape() {
    assertThat(ExpectedValue.of(UUID.class)).isEqualTo("must be a UUID");
    assertThat(ExpectedValue.of(Integer.class)).isEqualTo("must be a number");
    assertThat(ExpectedValue.of(int.class)).isEqualTo("must be a number");
    assertThat(ExpectedValue.of(Boolean.class)).isEqualTo("must be true or false");
    assertThat(ExpectedValue.of(Instant.class)).startsWith("must be an ISO-8601");
    assertThat(ExpectedValue.of(LocalDate.class)).startsWith("must be an ISO-8601");
  }

  @Test
  void any_other_type_is_not_named() {
    assertThat(ExpectedValue.of(ExpectedValueTest.class)).isEqualTo("is not a valid value").doesNotContain("ExpectedValueTest");
    assertThat(ExpectedValue.of(null)).isEqualTo("is not a valid value");
  }
}
