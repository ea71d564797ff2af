package io.closedloop.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class CleanTextModuleTest {

  private final ObjectMapper json = new ObjectMapper().registerModule(new CleanTextModule());

  record Customer(String name) {}

  record Submission(String comment, Customer customer, List<String> tags) {}

  @Test
  void refuses_a_nul_in_a_nested_field_and_names_the_field() {
    assertThatThrownBy(() -> json.readValue("{\"comment\":\"ok\",\"customer\":{\"name\":\"Ann\\u0000\"}}", Submission.class))
        .isInstanceOfSatisfying(InvalidTextException.class, e -> assertThat(e.fieldError())
            .isEqualTo(new FieldError("customer.name", InvalidCharacters.MESSAGE)));
  }

  @Test
  void refuses_a_control_character_in_a_list_of_strings_and_names_its_index() {
    assertThatThrownBy(() -> json.readValue("{\"tags\":[\"a\",\"b\\u0007\"]}", Submission.class))
        .isInstanceOfSatisfying(InvalidTextException.class, e -> assertThat(e.fieldError().field()).isEqualTo("tags[1]"));
  }

  @Test
  void reads_text_with_tabs_and_line_breaks_as_before() throws Exception {
    Submission read = json.readValue("{\"comment\":\"one\\ttwo\\r\\nthree\",\"tags\":[\"x\"]}", Submission.class);

    assertThat(read.comment()).isEqualTo("one\ttwo\r\nthree");
    assertThat(read.tags()).containsExactly("x");
  }
}
