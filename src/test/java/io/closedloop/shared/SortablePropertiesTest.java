package io.closedloop.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

class SortablePropertiesTest {

  private final SortableProperties sortable = SortableProperties.of("createdAt", "title");

  @Test
  void lets_a_sort_by_listed_properties_through() {
    Sort sort = Sort.by("title").and(Sort.by(Sort.Direction.DESC, "createdAt"));

    assertThat(sortable.check(sort)).isSameAs(sort);
    assertThat(sortable.check(Sort.unsorted())).isEqualTo(Sort.unsorted());
  }

  @Test
  void refuses_an_unknown_property_naming_the_sort_field_and_the_choices() {
    assertThatThrownBy(() -> sortable.check(Sort.by("title", "foo")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .containsExactly(new FieldError("sort", "cannot sort by foo; use one of createdAt, title")));
  }
}
