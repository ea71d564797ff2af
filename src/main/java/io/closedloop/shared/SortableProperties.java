package io.closedloop.shared;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.domain.Sort;

/** The properties a list may be sorted by; asking for any other is a 400 naming {@code sort}, not a failed query. */
public final class SortableProperties {

  private final Set<String> names;

  private SortableProperties(Set<String> names) {
    this.names = new TreeSet<>(names);
  }

  public static SortableProperties of(String... names) {
    return new SortableProperties(Set.of(names));
  }

  /** The sort unchanged, or an {@link InvalidInputException} listing the properties that may be used. */
  public Sort check(Sort sort) {
    List<String> unknown = sort.stream().map(Sort.Order::getProperty).filter(property -> !names.contains(property)).toList();
    if (!unknown.isEmpty()) {
      throw new InvalidInputException("sort", "cannot sort by " + String.join(", ", unknown) + "; use one of " + String.join(", ", names));
    }
    return sort;
  }
}
