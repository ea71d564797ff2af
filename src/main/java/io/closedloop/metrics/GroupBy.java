package io.closedloop.metrics;

import io.closedloop.shared.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a figure is cut by: one reference code of the responses or cases, or a calendar bucket. */
public enum GroupBy {
  TOUCHPOINT, TEAM, EMPLOYEE, PRODUCT, COUNTRY, SEGMENT, OWNER, WEEK, MONTH;

  /** The column (of the rollup and of the case facts) holding the code. */
  public String column() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isTime() {
    return this == WEEK || this == MONTH;
  }

  /** Parses {@code groupBy}; null or blank is no grouping. {@code owner} applies to case figures only. */
  public static GroupBy parse(String value, boolean ownerAllowed) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return Arrays.stream(values())
        .filter(groupBy -> groupBy.column().equals(value.strip().toLowerCase(Locale.ROOT)))
        .filter(groupBy -> ownerAllowed || groupBy != OWNER)
        .findFirst()
        .orElseThrow(() -> new InvalidInputException("groupBy", "must be one of " + Arrays.stream(values())
            .filter(groupBy -> ownerAllowed || groupBy != OWNER).map(GroupBy::column).collect(Collectors.joining(", "))));
  }
}
